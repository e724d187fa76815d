// `npm start`: builds the client when it is missing or older than its sources, then runs the
// server in this same process (tsx compiles the TypeScript on the fly).
import { register } from 'tsx/esm/api';
import { buildIfStale } from './buildIfStale.js';

buildIfStale();
register();
await import('../server/main.ts');

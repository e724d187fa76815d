// `npm start`: builds the client and compiles the server when missing or older than their
// sources, then runs the compiled server in this same process.
import { buildIfStale } from './buildIfStale.js';
import { buildServerIfStale } from './buildServer.js';

buildIfStale();
await buildServerIfStale();
await import('../build/server.js');

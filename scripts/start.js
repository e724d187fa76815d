// `npm start`: builds the client when it is missing or older than its sources, then runs the
// server in this same process (tsx compiles the TypeScript on the fly).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = join(root, 'dist', 'index.html');
const sources = Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'core')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Building the client…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}
register();
await import('../server/main.ts');

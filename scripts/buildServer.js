// Compiles the server and the CLI (TypeScript) into build/ with esbuild when build/ is missing
// or older than server/ or core/, so `warrant` and `npm start` run plain JavaScript: no
// TypeScript compiler at start-up. npm packages stay external (native modules among them).
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root } from './buildIfStale.js';

export const buildDir = join(root, 'build');
const stamp = join(buildDir, 'cli.js');
/** What the compiled files depend on besides the sources. */
const INPUTS = ['package.json', 'scripts/buildServer.js'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when build/ is missing or older than a source it was compiled from. */
export function isServerBuildStale() {
  if (!existsSync(stamp) || !existsSync(join(buildDir, 'server.js'))) return true;
  const sources = Math.max(newestMtime(join(root, 'server')), newestMtime(join(root, 'core')), ...INPUTS.map((f) => statSync(join(root, f)).mtimeMs));
  return statSync(stamp).mtimeMs < sources;
}

/** Native or WebAssembly packages that read files next to their own code: never bundled. */
const UNBUNDLED = ['better-sqlite3', '@resvg/resvg-js', 'subset-font', 'pg', 'ioredis', 'esbuild', 'tsx'];

const common = {
  absWorkingDir: root,
  outdir: buildDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
};

/**
 * The server and its worker keep npm packages external. The CLI is one bundle with its packages
 * inside (but the native ones), each command and heavy format a lazy chunk in build/cli/: Node
 * then reads a handful of files instead of resolving and parsing hundreds of modules, which was
 * most of a one-second `warrant export`. Bundled CommonJS packages get `require` from the banner.
 */
const builds = () => [
  { ...common, entryPoints: { server: 'server/main.ts', worker: 'server/work/worker.ts' }, packages: 'external', chunkNames: 'chunks/[name]-[hash]' },
  {
    ...common,
    entryPoints: { cli: 'server/cli/main.ts' },
    external: UNBUNDLED,
    chunkNames: 'cli/[name]-[hash]',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
];

/** Compiles when stale; returns true when it compiled. */
export async function buildServerIfStale() {
  if (!isServerBuildStale()) return false;
  const { build } = await import('esbuild');
  const results = await Promise.all(builds().map((options) => build(options)));
  // Each file lands whole (written aside, then renamed): a `warrant` started meanwhile, or a
  // second build racing this one, never reads half a file. cli.js, the freshness stamp, last.
  const files = results.flatMap((r) => r.outputFiles).sort((a, b) => Number(a.path === stamp) - Number(b.path === stamp));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const aside = `${file.path}.${process.pid}.tmp`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
  }
  return true;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await buildServerIfStale();

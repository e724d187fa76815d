import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../../server/app';
import { createWorkerPool, getPoolOptions, type WorkerPoolOptions } from '../../server/work/pool';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A temp data dir and a temp maps dir holding the given fixture maps (as `<id>.json`). */
export function makeDirs(seeds: Record<string, string> = { small: 'test/fixtures/smallMap.json' }) {
  const base = mkdtempSync(join(tmpdir(), 'warrant-test-'));
  const mapsDir = join(base, 'maps');
  for (const [id, file] of Object.entries(seeds)) cpSync(join(ROOT, file), join(mapsDir, `${id}.json`));
  return { base, dataDir: join(base, 'data'), mapsDir };
}

/** Starts the real server in this process on a free port. */
export function startTestServer(dirs: { dataDir: string; mapsDir: string }, clientDir?: string): Promise<RunningServer> {
  return startServer({ port: 0, host: '127.0.0.1', ...dirs, clientDir });
}

/** The server's worker pool on its own (for routes tested without the whole server), run from the TypeScript source. */
export function createSourcePool(options: Partial<WorkerPoolOptions> = {}) {
  return createWorkerPool(getPoolOptions(new URL('../../server/work/worker.ts', import.meta.url), options));
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPositions } from '../../../core/sync';
import { startServer, type RunningServer } from '../../../server/app';
import { ROOT } from '../../helpers/server';
import { generateMap } from '../generateMap';
// @ts-expect-error plain JS module shared with `npm start`
import { buildIfStale } from '../../../scripts/buildIfStale.js';

/**
 * The production client served by a real server (temp data folder), with generated maps by size;
 * `clientDir` serves another build (a baseline) instead of this checkout's dist/.
 */
export async function startMapServer(options: { clientDir?: string } = {}): Promise<{ server: RunningServer; addMap(n: number): Promise<string> }> {
  if (!options.clientDir) buildIfStale();
  const base = mkdtempSync(join(tmpdir(), 'warrant-bench-client-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(base, 'data'), mapsDir: join(base, 'maps'), clientDir: options.clientDir ?? join(ROOT, 'dist') });
  return {
    server,
    async addMap(n) {
      const map = withPositions(generateMap(n, { seed: 7 }));
      const post = () => fetch(`${server.url}/api/maps`, { method: 'POST', body: JSON.stringify(map), headers: { 'content-type': 'application/json' } });
      // Once more after a dropped connection: on a loaded machine a big map's request can be cut.
      const res = await post().catch((e: Error) => (console.error(`  retrying map upload: ${e.message} (${String(e.cause)})`), post()));
      const { id } = (await res.json()) as { id: string };
      return `${server.url}/m/${id}`;
    },
  };
}

import * as Y from 'yjs';
import type { RunningServer, ServerConfig } from '../../server/app';
import { readMap } from '../../core/sync';
import { sortedMap } from '../helpers/randomMap';
import { type Postgres, type RedisServer, startPostgres, startRedis } from '../helpers/clusterServices';
import { makeDirs } from '../helpers/server';
import { startServerWith } from '../helpers/serverWith';
import { waitFor } from '../helpers/yclient';

/** One PostgreSQL and one Redis for a test file; each test takes a fresh database. */
export function createClusterServices() {
  let pg: Postgres | undefined;
  let redis: RedisServer | undefined;
  let databases = 0;
  return {
    async start() {
      [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    },
    async dispose() {
      await Promise.all([pg?.dispose(), redis?.dispose()]);
    },
    get pg() {
      return pg!;
    },
    get redis() {
      return redis!;
    },
    /** `count` instances on one new database, sharing the seed maps. */
    async startInstances(count: number, extra: Partial<ServerConfig> = {}): Promise<{ servers: RunningServer[]; databaseUrl: string; dirs: ReturnType<typeof makeDirs> }> {
      const databaseUrl = await pg!.createDatabase(`warrant_${process.pid}_${++databases}`);
      const dirs = makeDirs();
      const servers: RunningServer[] = [];
      for (let i = 0; i < count; i++) servers.push(await startServerWith(dirs, { databaseUrl, redisUrl: redis!.url, ...extra }));
      return { servers, databaseUrl, dirs };
    },
    /** One more instance on an existing database. */
    startInstance(on: { databaseUrl: string; dirs: ReturnType<typeof makeDirs> }, extra: Partial<ServerConfig> = {}) {
      return startServerWith(on.dirs, { databaseUrl: on.databaseUrl, redisUrl: redis!.url, ...extra });
    },
  };
}

/** Waits until every document has the same state vector, then returns their maps, sorted for comparison. */
export async function converged(docs: readonly Y.Doc[], timeoutMs = 15_000, what = 'convergence') {
  const vectors = () => docs.map((d) => Buffer.from(Y.encodeStateVector(d)).toString('base64'));
  await waitFor(() => new Set(vectors()).size === 1, timeoutMs, what);
  return docs.map((d) => sortedMap(readMap(d).map));
}

import { openPostgresStore } from '../persistence/postgres';
import { checkSqliteStore, markSqliteStore } from '../persistence/integrity';
import { openStore } from '../persistence/store';
import type { Persistence } from '../persistence/types';
import { createRedisRelay, type Relay } from './relay';

export interface BackendConfig {
  readonly dataDir: string;
  /** PostgreSQL connection string: documents live there instead of `<dataDir>/warrant.sqlite`. */
  readonly databaseUrl?: string;
  /** Redis connection string: updates and presence cross to the other instances through it. */
  readonly redisUrl?: string;
}

export interface Backends {
  readonly store: Persistence;
  readonly relay?: Relay;
  /** Cluster mode's /health fields (none in SQLite mode, whose /health stays as it was). */
  health(): Promise<Record<string, { ok: boolean; detail: string }> | undefined>;
  close(): Promise<void>;
}

/** SQLite by default; PostgreSQL (and Redis, for more than one instance) when configured. */
export async function openBackends(config: BackendConfig): Promise<Backends> {
  if (config.redisUrl && !config.databaseUrl) {
    throw new Error('REDIS_URL needs DATABASE_URL: instances can only share maps stored in PostgreSQL, not in one SQLite file each');
  }
  if (!config.databaseUrl) {
    checkSqliteStore(config.dataDir);
    const store = openStore(config.dataDir);
    markSqliteStore(config.dataDir);
    return { store, health: async () => undefined, close: () => store.close() };
  }
  const store = await openPostgresStore(config.databaseUrl).catch((e: Error) => {
    throw new Error(`cannot use the PostgreSQL database in DATABASE_URL: ${e.message}`);
  });
  const relay = config.redisUrl
    ? await createRedisRelay(config.redisUrl).catch(async (e: Error) => {
      await store.close();
      throw new Error(`cannot reach Redis at REDIS_URL: ${e.message}`);
    })
    : undefined;
  return {
    store,
    relay,
    async health() {
      const [database, redis] = await Promise.all([store.health(), relay?.health()]);
      return { database, ...(redis && { redis }) };
    },
    async close() {
      await relay?.close();
      await store.close();
    },
  };
}

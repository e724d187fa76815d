import pg from 'pg';
import * as Y from 'yjs';
import { createPgSideStores } from './postgresSide';
import type { Persistence, RoomRow, StoredUpdate } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  statement_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  purged_at TEXT
);
CREATE TABLE IF NOT EXISTS updates (
  seq BIGSERIAL PRIMARY KEY,
  room TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates(room, seq);
CREATE TABLE IF NOT EXISTS versions (
  id BIGSERIAL PRIMARY KEY,
  room TEXT NOT NULL,
  name TEXT NOT NULL,
  auto BOOLEAN NOT NULL,
  created_at TEXT NOT NULL,
  state BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_room ON versions(room, id);
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY,
  room TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  exp BIGINT,
  revoked_at TEXT
);
ALTER TABLE links ADD COLUMN IF NOT EXISTS created_by TEXT;
CREATE INDEX IF NOT EXISTS links_room ON links(room);
`;

/** Any number; instances creating the schema at once take turns on this advisory lock. */
const SCHEMA_LOCK = 7_447_001;

type Row = { id: string; title: string; statement_count: number; created_at: string; updated_at: string; deleted_at: string | null; purged_at: string | null };
const toRoom = (r: Row): RoomRow => ({
  id: r.id, title: r.title, statementCount: r.statement_count, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at, purgedAt: r.purged_at,
});
const now = () => new Date().toISOString();
const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Runs fn in one transaction on one pooled connection. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * The same tables as the SQLite store, in PostgreSQL, shared by every instance. Nothing is
 * cached here: each instance reads rooms, links and versions as they are now, so a revocation
 * or a deletion made through one instance holds on all of them at once.
 */
export async function openPostgresStore(databaseUrl: string): Promise<Persistence> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
  let lastError: string | undefined;
  // A restarting server drops idle connections: noted for /health, never fatal.
  pool.on('error', (e) => (lastError = e.message));
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await setup.query(SCHEMA);
    await setup.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
  } finally {
    setup.release();
  }
  const rows = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows;

  async function compactStored(room: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<void> {
    await inTransaction(pool, async (c) => {
      // One compactor per room at a time; the log entries deleted are exactly those merged.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [room]);
      const { rows: log } = await c.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM updates WHERE room = $1 ORDER BY seq', [room]);
      if (log.length < 2) return;
      const merged = merge(log.map((r) => bytes(r.data)));
      await c.query('INSERT INTO updates (room, data) VALUES ($1, $2)', [room, Buffer.from(merged)]);
      await c.query('DELETE FROM updates WHERE room = $1 AND seq = ANY($2::bigint[])', [room, log.map((r) => r.seq)]);
    });
  }

  return {
    kind: 'postgres',
    exclusive: false,
    async getRoom(id) {
      const [r] = await rows('SELECT * FROM rooms WHERE id = $1', [id]);
      return r && toRoom(r as Row);
    },
    listRooms: async (includeDeleted = false) =>
      (await rows(`SELECT * FROM rooms ${includeDeleted ? '' : 'WHERE deleted_at IS NULL'} ORDER BY updated_at DESC`)).map((r) => toRoom(r as Row)),
    listDeleted: async () =>
      (await rows('SELECT * FROM rooms WHERE deleted_at IS NOT NULL AND purged_at IS NULL ORDER BY deleted_at DESC')).map((r) => toRoom(r as Row)),
    async createRoom(id, title, n, state) {
      const at = now();
      // One statement: the room and its first state exist together or not at all.
      const r = await pool.query(`WITH r AS (
          INSERT INTO rooms (id, title, statement_count, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
          ON CONFLICT (id) DO NOTHING RETURNING id)
        INSERT INTO updates (room, data) SELECT id, $5 FROM r`, [id, title, n, at, Buffer.from(state)]);
      return r.rowCount === 1;
    },
    setSummary: async (id, title, n) => void (await pool.query('UPDATE rooms SET title = $1, statement_count = $2 WHERE id = $3', [title, n, id])),
    setDeleted: async (id, deleted) => void (await pool.query('UPDATE rooms SET deleted_at = $1 WHERE id = $2', [deleted ? now() : null, id])),
    async appendUpdates(batch: readonly StoredUpdate[]) {
      if (batch.length === 0) return;
      // One statement, so one transaction; WITH ORDINALITY keeps the log in the given order.
      await pool.query(`WITH ins AS (
          INSERT INTO updates (room, data)
          SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(room, data, n) ORDER BY n
          RETURNING room)
        UPDATE rooms SET updated_at = $3 WHERE id IN (SELECT room FROM ins)`,
      [batch.map((b) => b.room), batch.map((b) => Buffer.from(b.update)), now()]);
    },
    loadUpdates: async (room) => (await rows('SELECT data FROM updates WHERE room = $1 ORDER BY seq', [room])).map((r) => bytes((r as { data: Buffer }).data)),
    // Not exclusive: the given state joins whatever is stored instead of replacing it blindly.
    replaceUpdates: (room, state) => compactStored(room, (log) => Y.mergeUpdates([...log, state])),
    compactStored,
    resetLog: (room, state) => inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [room]);
      await c.query('DELETE FROM updates WHERE room = $1', [room]);
      await c.query('INSERT INTO updates (room, data) VALUES ($1, $2)', [room, Buffer.from(state)]);
    }),
    purgeDeleted: (cutoff) => inTransaction(pool, async (c) => {
      const { rows: old } = await c.query<{ id: string }>('SELECT id FROM rooms WHERE deleted_at IS NOT NULL AND purged_at IS NULL AND deleted_at < $1 FOR UPDATE', [cutoff]);
      const ids = old.map((r) => r.id);
      if (ids.length === 0) return ids;
      await c.query('DELETE FROM updates WHERE room = ANY($1)', [ids]);
      await c.query('DELETE FROM versions WHERE room = ANY($1)', [ids]);
      await c.query('DELETE FROM links WHERE room = ANY($1)', [ids]);
      await c.query(`UPDATE rooms SET purged_at = $1, title = '', statement_count = 0 WHERE id = ANY($2)`, [now(), ids]);
      return ids;
    }),
    ...createPgSideStores(pool),
    checkpoint: async () => undefined,
    async health() {
      try {
        await pool.query('SELECT 1');
        lastError = undefined;
        return { ok: true, detail: 'postgresql connected' };
      } catch (e) {
        return { ok: false, detail: `postgresql unreachable: ${(e as Error).message || lastError}` };
      }
    },
    close: () => pool.end(),
  };
}

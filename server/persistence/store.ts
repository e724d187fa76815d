import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCheckpointer } from './checkpointer';
import { openLinkStore } from './links';
import type { Async, Persistence, RoomRow } from './types';
import { openVersionStore } from './versions';

export type { RoomRow } from './types';

/**
 * Embedded persistence in one SQLite file, the zero-configuration default: an append-only
 * update log per room (compacted into one snapshot now and then), a row of summary data per
 * room for listings, saved versions and share links. WAL mode: a write is on disk when the
 * call returns, so a process killed right after loses nothing. better-sqlite3 is synchronous;
 * the methods answer with settled promises so that SQLite and PostgreSQL share one interface.
 */
export type Store = Persistence & { readonly db: Database.Database };

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
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates(room, seq);
`;

const now = () => new Date().toISOString();
const WAL_SIZE_LIMIT = 1024 * 1024;

type Row = { id: string; title: string; statement_count: number; created_at: string; updated_at: string; deleted_at: string | null; purged_at: string | null };
const toRoom = (r: Row): RoomRow => ({
  id: r.id, title: r.title, statementCount: r.statement_count, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at, purgedAt: r.purged_at,
});

/** Databases written before rooms had a purged_at column get it. */
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(rooms)').all().map((c) => c.name);
  if (!columns.includes('purged_at')) db.exec('ALTER TABLE rooms ADD COLUMN purged_at TEXT');
}

/** Wraps a synchronous store's methods so they answer with promises (and throw as rejections). */
export function asAsync<T extends object>(sync: T): Async<T> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(sync)) {
    out[name] = typeof fn === 'function' ? (...args: unknown[]) => new Promise((resolve) => resolve(fn(...args))) : fn;
  }
  return out as Async<T>;
}

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'warrant.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoints run on their own thread (checkpointer.ts), never inside a commit on the event
  // loop; the WAL is folded back within a second of writes and cut to 1 MB after each checkpoint.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  const checkpointer = createCheckpointer(file, WAL_SIZE_LIMIT, () => db.open && db.pragma('wal_checkpoint(PASSIVE)'));
  /** A write: the WAL it grew is checkpointed soon, off the event loop. */
  const written = <T>(result: T): T => (checkpointer.wrote(), result);
  db.exec(SCHEMA);
  migrate(db);
  const versions = openVersionStore(db);
  const links = openLinkStore(db);
  const q = {
    get: db.prepare<[string], Row>('SELECT * FROM rooms WHERE id = ?'),
    list: db.prepare<[], Row>('SELECT * FROM rooms WHERE deleted_at IS NULL ORDER BY updated_at DESC'),
    listAll: db.prepare<[], Row>('SELECT * FROM rooms ORDER BY updated_at DESC'),
    listDeleted: db.prepare<[], Row>('SELECT * FROM rooms WHERE deleted_at IS NOT NULL AND purged_at IS NULL ORDER BY deleted_at DESC'),
    create: db.prepare('INSERT OR IGNORE INTO rooms (id, title, statement_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    summary: db.prepare('UPDATE rooms SET title = ?, statement_count = ? WHERE id = ?'),
    touch: db.prepare('UPDATE rooms SET updated_at = ? WHERE id = ?'),
    deleted: db.prepare('UPDATE rooms SET deleted_at = ? WHERE id = ?'),
    purgeRoom: db.prepare(`UPDATE rooms SET purged_at = ?, title = '', statement_count = 0 WHERE id = ?`),
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    load: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE room = ? ORDER BY seq'),
    loadSeq: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
    clear: db.prepare('DELETE FROM updates WHERE room = ?'),
    deleteUpTo: db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
    oldDeleted: db.prepare<[string], { id: string }>('SELECT id FROM rooms WHERE deleted_at IS NOT NULL AND purged_at IS NULL AND deleted_at < ?'),
  };
  const tx = {
    create: db.transaction((id: string, title: string, n: number, state: Uint8Array) => {
      const at = now();
      if (q.create.run(id, title, n, at, at).changes === 0) return false;
      q.append.run(id, Buffer.from(state));
      return true;
    }),
    append: db.transaction((batch: readonly { room: string; update: Uint8Array }[]) => {
      const at = now();
      const touched = new Set<string>();
      for (const { room, update } of batch) {
        q.append.run(room, Buffer.from(update));
        touched.add(room);
      }
      for (const room of touched) q.touch.run(at, room);
    }),
    replace: db.transaction((room: string, state: Uint8Array) => {
      q.clear.run(room);
      q.append.run(room, Buffer.from(state));
    }),
    // One synchronous transaction: no other write can come between reading and deleting.
    compact: db.transaction((room: string, merge: (updates: Uint8Array[]) => Uint8Array) => {
      const rows = q.loadSeq.all(room);
      if (rows.length < 2) return;
      const merged = merge(rows.map((r) => new Uint8Array(r.data)));
      q.deleteUpTo.run(room, rows[rows.length - 1].seq);
      q.append.run(room, Buffer.from(merged));
    }),
    purge: db.transaction((cutoff: string) => {
      const ids = q.oldDeleted.all(cutoff).map((r) => r.id);
      for (const id of ids) {
        q.clear.run(id);
        q.purgeRoom.run(now(), id);
        versions.removeAll(id);
        links.removeAll(id);
      }
      return ids;
    }),
  };
  const sync = {
    getRoom: (id: string) => {
      const r = q.get.get(id);
      return r && toRoom(r);
    },
    listRooms: (includeDeleted = false) => (includeDeleted ? q.listAll : q.list).all().map(toRoom),
    listDeleted: () => q.listDeleted.all().map(toRoom),
    createRoom: (id: string, title: string, n: number, state: Uint8Array) => written(tx.create(id, title, n, state)),
    setSummary: (id: string, title: string, n: number) => void written(q.summary.run(title, n, id)),
    setDeleted: (id: string, deleted: boolean) => void written(q.deleted.run(deleted ? now() : null, id)),
    appendUpdates: (batch: readonly { room: string; update: Uint8Array }[]) => void written(tx.append(batch)),
    loadUpdates: (room: string) => q.load.all(room).map((r) => new Uint8Array(r.data)),
    replaceUpdates: (room: string, state: Uint8Array) => void written(tx.replace(room, state)),
    resetLog: (room: string, state: Uint8Array) => void written(tx.replace(room, state)),
    compactStored: (room: string, merge: (updates: Uint8Array[]) => Uint8Array) => void written(tx.compact(room, merge)),
    purgeDeleted: (cutoff: string) => written(tx.purge(cutoff)),
    health: () => ({ ok: db.open, detail: db.open ? 'sqlite' : 'closed' }),
  };
  return {
    ...asAsync(sync),
    kind: 'sqlite',
    exclusive: true,
    db,
    versions: asAsync(versions),
    links: asAsync(links),
    // TRUNCATE: the -wal file goes back to zero bytes when no reader holds it.
    checkpoint: () => checkpointer.truncate(),
    async close() {
      await checkpointer.close();
      if (db.open) db.close();
    },
  };
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RoomRow {
  readonly id: string;
  readonly title: string;
  readonly statementCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
  /** Set once a deleted room's content is gone for good; the row stays so a seed is not re-seeded. */
  readonly purgedAt: string | null;
}

/**
 * Embedded persistence in one SQLite file: an append-only update log per room (compacted
 * into one merged update now and then), a row of summary data per room for listings,
 * and saved versions. WAL mode: a write is on disk when the call returns, so a process
 * killed right after loses nothing.
 */
export interface Store {
  readonly roomExists: (id: string) => boolean;
  readonly getRoom: (id: string) => RoomRow | undefined;
  readonly listRooms: (includeDeleted?: boolean) => RoomRow[];
  /** Deleted rooms that can still be restored, most recently deleted first. */
  readonly listDeleted: () => RoomRow[];
  readonly createRoom: (id: string, title: string) => void;
  readonly setSummary: (id: string, title: string, statementCount: number) => void;
  readonly setDeleted: (id: string, deleted: boolean) => void;
  /** Drops a room's content, keeping a tombstone row (call inside a transaction with the other tables' purges). */
  readonly purgeRoom: (id: string) => void;
  readonly appendUpdate: (room: string, update: Uint8Array) => void;
  readonly loadUpdates: (room: string) => Uint8Array[];
  readonly countUpdates: (room: string) => number;
  /** Replaces the room's whole log by one merged update, atomically. */
  readonly replaceUpdates: (room: string, merged: Uint8Array) => void;
  readonly close: () => void;
  readonly db: Database.Database;
}

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

type Row = { id: string; title: string; statement_count: number; created_at: string; updated_at: string; deleted_at: string | null; purged_at: string | null };
const toRoom = (r: Row): RoomRow => ({
  id: r.id, title: r.title, statementCount: r.statement_count, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at, purgedAt: r.purged_at,
});

/** Databases written before rooms had a purged_at column get it. */
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(rooms)').all().map((c) => c.name);
  if (!columns.includes('purged_at')) db.exec('ALTER TABLE rooms ADD COLUMN purged_at TEXT');
}

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'warrant.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  migrate(db);
  const q = {
    get: db.prepare<[string], Row>('SELECT * FROM rooms WHERE id = ?'),
    list: db.prepare<[], Row>('SELECT * FROM rooms WHERE deleted_at IS NULL ORDER BY updated_at DESC'),
    listAll: db.prepare<[], Row>('SELECT * FROM rooms ORDER BY updated_at DESC'),
    listDeleted: db.prepare<[], Row>('SELECT * FROM rooms WHERE deleted_at IS NOT NULL AND purged_at IS NULL ORDER BY deleted_at DESC'),
    create: db.prepare('INSERT INTO rooms (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    summary: db.prepare('UPDATE rooms SET title = ?, statement_count = ? WHERE id = ?'),
    touch: db.prepare('UPDATE rooms SET updated_at = ? WHERE id = ?'),
    deleted: db.prepare('UPDATE rooms SET deleted_at = ? WHERE id = ?'),
    purgeRoom: db.prepare(`UPDATE rooms SET purged_at = ?, title = '', statement_count = 0 WHERE id = ?`),
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    load: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE room = ? ORDER BY seq'),
    count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE room = ?'),
    clear: db.prepare('DELETE FROM updates WHERE room = ?'),
  };
  const append = db.transaction((room: string, update: Uint8Array) => {
    q.append.run(room, Buffer.from(update));
    q.touch.run(now(), room);
  });
  const replace = db.transaction((room: string, merged: Uint8Array) => {
    q.clear.run(room);
    q.append.run(room, Buffer.from(merged));
  });
  const purge = (room: string) => {
    q.clear.run(room);
    q.purgeRoom.run(now(), room);
  };
  return {
    db,
    roomExists: (id) => q.get.get(id) !== undefined,
    getRoom: (id) => {
      const r = q.get.get(id);
      return r && toRoom(r);
    },
    listRooms: (includeDeleted = false) => (includeDeleted ? q.listAll : q.list).all().map(toRoom),
    listDeleted: () => q.listDeleted.all().map(toRoom),
    createRoom: (id, title) => void q.create.run(id, title, now(), now()),
    setSummary: (id, title, n) => void q.summary.run(title, n, id),
    setDeleted: (id, deleted) => void q.deleted.run(deleted ? now() : null, id),
    purgeRoom: (id) => purge(id),
    appendUpdate: (room, update) => append(room, update),
    loadUpdates: (room) => q.load.all(room).map((r) => new Uint8Array(r.data)),
    countUpdates: (room) => q.count.get(room)!.n,
    replaceUpdates: (room, merged) => replace(room, merged),
    close: () => db.close(),
  };
}

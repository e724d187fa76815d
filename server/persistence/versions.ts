import type Database from 'better-sqlite3';

export interface VersionInfo {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  /** True for versions the server saved on its own while the map was edited. */
  readonly auto: boolean;
}

/**
 * Saved versions of a map, as encoded full document states (Y.encodeStateAsUpdate), not
 * Yjs snapshots: snapshots would need garbage collection off, and documents would grow forever.
 */
export interface VersionStore {
  readonly add: (room: string, name: string, auto: boolean, state: Uint8Array) => VersionInfo;
  /** Newest first. */
  readonly list: (room: string) => VersionInfo[];
  readonly get: (room: string, id: number) => (VersionInfo & { state: Uint8Array }) | undefined;
  /** Deletes all but the newest `keep` automatic versions of a room. */
  readonly pruneAuto: (room: string, keep: number) => void;
  readonly removeAll: (room: string) => void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  name TEXT NOT NULL,
  auto INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_room ON versions(room, id);
`;

type Row = { id: number; name: string; auto: number; created_at: string };
const toInfo = (r: Row): VersionInfo => ({ id: r.id, name: r.name, createdAt: r.created_at, auto: r.auto === 1 });

export function openVersionStore(db: Database.Database): VersionStore {
  db.exec(SCHEMA);
  const q = {
    add: db.prepare('INSERT INTO versions (room, name, auto, created_at, state) VALUES (?, ?, ?, ?, ?)'),
    list: db.prepare<[string], Row>('SELECT id, name, auto, created_at FROM versions WHERE room = ? ORDER BY id DESC'),
    get: db.prepare<[string, number], Row & { state: Buffer }>('SELECT * FROM versions WHERE room = ? AND id = ?'),
    prune: db.prepare(`DELETE FROM versions WHERE room = ? AND auto = 1 AND id NOT IN
      (SELECT id FROM versions WHERE room = ? AND auto = 1 ORDER BY id DESC LIMIT ?)`),
    removeAll: db.prepare('DELETE FROM versions WHERE room = ?'),
  };
  return {
    add(room, name, auto, state) {
      const createdAt = new Date().toISOString();
      const { lastInsertRowid } = q.add.run(room, name, auto ? 1 : 0, createdAt, Buffer.from(state));
      return { id: Number(lastInsertRowid), name, createdAt, auto };
    },
    list: (room) => q.list.all(room).map(toInfo),
    get(room, id) {
      const r = q.get.get(room, id);
      return r && { ...toInfo(r), state: new Uint8Array(r.state) };
    },
    pruneAuto: (room, keep) => void q.prune.run(room, room, keep),
    removeAll: (room) => void q.removeAll.run(room),
  };
}

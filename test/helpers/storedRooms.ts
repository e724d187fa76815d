import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { MAP_VERSION } from '../../core/model';
import { getDocParts } from '../../core/sync';

type UpdateRow = { seq: number; data: Buffer };

/** A stopped server's stored log of one room, in order. */
export const storedUpdates = (file: string, room: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[string], UpdateRow>('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq').all(room);
  } finally {
    db.close();
  }
};

/** Appends to a stopped server's store what a newer Warrant would have written: a later format version. */
export function markNewer(file: string, room: string): void {
  const doc = new Y.Doc();
  storedUpdates(file, room).forEach((r) => Y.applyUpdate(doc, r.data));
  const before = Y.encodeStateVector(doc);
  getDocParts(doc).meta.set('version', MAP_VERSION + 1);
  const db = new Database(file);
  db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)').run(room, Buffer.from(Y.encodeStateAsUpdate(doc, before)));
  db.close();
}

/** Overwrites the first bytes of a stopped server's last stored update of a room, as a failing disk would. */
export function corruptLastUpdate(file: string, room: string): void {
  const db = new Database(file);
  const last = db.prepare<[string], UpdateRow>('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq DESC LIMIT 1').get(room)!;
  const data = Buffer.from(last.data);
  data.fill(0xff, 1, Math.min(data.length, 64));
  db.prepare('UPDATE updates SET data = ? WHERE seq = ?').run(data, last.seq);
  db.close();
}

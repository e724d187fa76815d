import type Database from 'better-sqlite3';
import type { Role } from '../auth/roles';

export interface LinkRow {
  readonly linkId: string;
  readonly mapId: string;
  readonly role: Role;
  readonly createdAt: string;
  /** Unix seconds; null for links that never expire. */
  readonly exp: number | null;
  readonly revokedAt: string | null;
  /** The link whose holder minted this one; null when the facilitator (admin) did. */
  readonly createdBy: string | null;
}

/** Share links of maps: the server remembers each one it signed, so it can revoke it. */
export interface LinkStore {
  readonly add: (link: Omit<LinkRow, 'createdAt' | 'revokedAt'>) => LinkRow;
  readonly get: (linkId: string) => LinkRow | undefined;
  readonly list: (mapId: string) => LinkRow[];
  readonly revoke: (linkId: string) => void;
  readonly removeAll: (mapId: string) => void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY,
  room TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  exp INTEGER,
  revoked_at TEXT,
  created_by TEXT
);
CREATE INDEX IF NOT EXISTS links_room ON links(room);
`;

type Row = { id: string; room: string; role: Role; created_at: string; exp: number | null; revoked_at: string | null; created_by: string | null };
const toLink = (r: Row): LinkRow => ({ linkId: r.id, mapId: r.room, role: r.role, createdAt: r.created_at, exp: r.exp, revokedAt: r.revoked_at, createdBy: r.created_by });

/** Stores written before links knew who minted them get the column (old links count as the facilitator's). */
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(links)').all().map((c) => c.name);
  if (!columns.includes('created_by')) db.exec('ALTER TABLE links ADD COLUMN created_by TEXT');
}

export function openLinkStore(db: Database.Database): LinkStore {
  db.exec(SCHEMA);
  migrate(db);
  const q = {
    add: db.prepare('INSERT INTO links (id, room, role, created_at, exp, created_by) VALUES (?, ?, ?, ?, ?, ?)'),
    get: db.prepare<[string], Row>('SELECT * FROM links WHERE id = ?'),
    list: db.prepare<[string], Row>('SELECT * FROM links WHERE room = ? ORDER BY created_at, id'),
    revoke: db.prepare('UPDATE links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    removeAll: db.prepare('DELETE FROM links WHERE room = ?'),
  };
  return {
    add(link) {
      const createdAt = new Date().toISOString();
      q.add.run(link.linkId, link.mapId, link.role, createdAt, link.exp, link.createdBy);
      return { ...link, createdAt, revokedAt: null };
    },
    get(linkId) {
      const r = q.get.get(linkId);
      return r && toLink(r);
    },
    list: (mapId) => q.list.all(mapId).map(toLink),
    revoke: (linkId) => void q.revoke.run(new Date().toISOString(), linkId),
    removeAll: (mapId) => void q.removeAll.run(mapId),
  };
}

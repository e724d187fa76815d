import type pg from 'pg';
import type { Role } from '../auth/roles';
import type { LinkRow } from './links';
import type { Links, Versions } from './types';
import type { VersionInfo } from './versions';

type VersionRow = { id: string; name: string; auto: boolean; created_at: string };
const toInfo = (r: VersionRow): VersionInfo => ({ id: Number(r.id), name: r.name, createdAt: r.created_at, auto: r.auto });

type LinkDbRow = { id: string; room: string; role: Role; created_at: string; exp: string | null; revoked_at: string | null; created_by: string | null };
const toLink = (r: LinkDbRow): LinkRow => ({
  linkId: r.id, mapId: r.room, role: r.role, createdAt: r.created_at, exp: r.exp === null ? null : Number(r.exp), revokedAt: r.revoked_at, createdBy: r.created_by,
});

/** Saved versions and share links in PostgreSQL, with the SQLite stores' behaviour. */
export function createPgSideStores(pool: pg.Pool): { versions: Versions; links: Links } {
  const q = async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as T[];
  const versions: Versions = {
    async add(room, name, auto, state) {
      const createdAt = new Date().toISOString();
      const [r] = await q<{ id: string }>('INSERT INTO versions (room, name, auto, created_at, state) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [room, name, auto, createdAt, Buffer.from(state)]);
      return { id: Number(r.id), name, createdAt, auto };
    },
    list: async (room) => (await q<VersionRow>('SELECT id, name, auto, created_at FROM versions WHERE room = $1 ORDER BY id DESC', [room])).map(toInfo),
    async get(room, id) {
      const [r] = await q<VersionRow & { state: Buffer }>('SELECT * FROM versions WHERE room = $1 AND id = $2', [room, id]);
      return r && { ...toInfo(r), state: new Uint8Array(r.state) };
    },
    pruneAuto: async (room, keep) => void (await pool.query(`DELETE FROM versions WHERE room = $1 AND auto AND id NOT IN
      (SELECT id FROM versions WHERE room = $1 AND auto ORDER BY id DESC LIMIT $2)`, [room, keep])),
    removeAll: async (room) => void (await pool.query('DELETE FROM versions WHERE room = $1', [room])),
  };
  const links: Links = {
    async add(link) {
      const createdAt = new Date().toISOString();
      await pool.query('INSERT INTO links (id, room, role, created_at, exp, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [link.linkId, link.mapId, link.role, createdAt, link.exp, link.createdBy]);
      return { ...link, createdAt, revokedAt: null };
    },
    async get(linkId) {
      const [r] = await q<LinkDbRow>('SELECT * FROM links WHERE id = $1', [linkId]);
      return r && toLink(r);
    },
    list: async (mapId) => (await q<LinkDbRow>('SELECT * FROM links WHERE room = $1 ORDER BY created_at, id', [mapId])).map(toLink),
    revoke: async (linkId) => void (await pool.query('UPDATE links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [new Date().toISOString(), linkId])),
    removeAll: async (mapId) => void (await pool.query('DELETE FROM links WHERE room = $1', [mapId])),
  };
  return { versions, links };
}

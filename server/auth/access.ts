import { randomBytes } from 'node:crypto';
import type { LinkRow } from '../persistence/links';
import type { Links } from '../persistence/types';
import type { Role } from './roles';
import { ADMIN_PAYLOAD, signToken, verifyToken } from './token';

export type Access =
  | { readonly ok: true; readonly role: Role; readonly admin: boolean; readonly linkId?: string; readonly exp?: number }
  | { readonly ok: false; readonly status: 401 | 403; readonly message: string };

export interface Auth {
  /** False when no AUTH_SECRET is set: the server is open and every caller may edit. */
  readonly enabled: boolean;
  /** What a token lets its holder do on a map (mapId undefined: a request about no one map). */
  check(mapId: string | undefined, token: string | undefined): Promise<Access>;
  /** Creates and remembers a share link (minted by the link `createdBy`, or by the admin); throws when auth is off. */
  createLink(mapId: string, role: Role, exp?: number, createdBy?: string): Promise<LinkRow & { token: string }>;
  tokenFor(link: LinkRow): string;
  /** The token that may do everything (undefined when auth is off). */
  readonly adminToken: string | undefined;
}

const OPEN: Access = { ok: true, role: 'edit', admin: true };
const deny = (status: 401 | 403, message: string): Access => ({ ok: false, status, message });

/** Share-link checks over signed tokens and the stored list of links (for revocation). */
export function createAuth(secret: string | undefined, links: Links): Auth {
  /** A link dies with the link that minted it (revocation cascades too; this also covers a mint racing a revoke). */
  const revokedAbove = async (link: LinkRow): Promise<boolean> => {
    let parent = link.createdBy;
    for (let depth = 0; parent !== null && depth < 32; depth++) {
      const row = await links.get(parent);
      if (!row || row.revokedAt !== null) return true;
      parent = row.createdBy;
    }
    return false;
  };
  const tokenFor = (l: LinkRow) => signToken(secret!, { mapId: l.mapId, role: l.role, linkId: l.linkId, ...(l.exp !== null && { exp: l.exp }) });
  return {
    enabled: secret !== undefined,
    adminToken: secret === undefined ? undefined : signToken(secret, ADMIN_PAYLOAD),
    tokenFor,
    async check(mapId, token) {
      if (secret === undefined) return OPEN;
      if (!token) return deny(401, 'This server needs a share link: ask the facilitator for one.');
      const p = verifyToken(secret, token);
      if (!p) return deny(401, 'This link is not valid: it may be incomplete or from another server.');
      if (p.exp !== undefined && p.exp * 1000 < Date.now()) return deny(401, `This link expired on ${new Date(p.exp * 1000).toISOString().slice(0, 10)}.`);
      if (p.role === 'admin') return p.mapId === '*' && p.linkId === 'admin' ? OPEN : deny(401, 'This link is not valid.');
      if (mapId === undefined || p.mapId !== mapId) return deny(403, 'This link is for another map.');
      const link = await links.get(p.linkId);
      if (!link || link.mapId !== mapId || link.revokedAt !== null || (await revokedAbove(link))) return deny(403, 'This link was revoked: ask the facilitator for a new one.');
      return { ok: true, role: link.role, admin: false, linkId: link.linkId, ...(p.exp !== undefined && { exp: p.exp }) };
    },
    async createLink(mapId, role, exp, createdBy) {
      if (secret === undefined) throw new Error('share links need AUTH_SECRET');
      const link = await links.add({ linkId: randomBytes(9).toString('base64url'), mapId, role, exp: exp ?? null, createdBy: createdBy ?? null });
      return { ...link, token: tokenFor(link) };
    },
  };
}

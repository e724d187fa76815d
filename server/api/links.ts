import { isRole, ROLES } from '../auth/roles';
import { HttpError, sendJson } from '../http/respond';
import type { LinkRow } from '../persistence/links';
import { readObject } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap } from './lookup';

const MAX_DAYS = 3650;
const REVOKED = 'This link was revoked: ask the facilitator for a new one.';

function describe(ctx: ApiContext, link: LinkRow) {
  const active = link.revokedAt === null;
  const token = active ? ctx.auth.tokenFor(link) : undefined;
  return {
    linkId: link.linkId,
    role: link.role,
    createdAt: link.createdAt,
    expiresAt: link.exp === null ? null : new Date(link.exp * 1000).toISOString(),
    revokedAt: link.revokedAt,
    ...(token && { token, url: `/m/${link.mapId}?token=${token}` }),
  };
}

function requireAuth(ctx: ApiContext) {
  if (!ctx.auth.enabled) {
    throw new HttpError(409, 'Share links need the server to run with AUTH_SECRET set; without it the server is open and everyone can edit.');
  }
}

/** Links minted by `root` (directly or through links it minted), root excluded. */
function mintedBy(all: readonly LinkRow[], root: string): LinkRow[] {
  const out: LinkRow[] = [];
  const seen = new Set([root]);
  for (let i = -1; i < out.length; i++) {
    const parent = i < 0 ? root : out[i].linkId;
    for (const l of all) {
      if (l.createdBy !== parent || seen.has(l.linkId)) continue;
      seen.add(l.linkId);
      out.push(l);
    }
  }
  return out;
}

async function create(ctx: ApiContext, { req, res, params, access }: ApiCall) {
  const body = await readObject(req);
  requireAuth(ctx);
  await requireMap(ctx, params.id);
  if (!isRole(body.role)) throw new HttpError(400, `"role" must be one of ${ROLES.join(', ')}`);
  const days = body.expiresInDays;
  if (days !== undefined && (typeof days !== 'number' || !(days > 0 && days <= MAX_DAYS))) {
    throw new HttpError(400, `"expiresInDays" must be a number of days between 0 and ${MAX_DAYS}`);
  }
  let exp = days === undefined ? undefined : Math.floor(Date.now() / 1000 + days * 86_400);
  // A link minted by a link never outlives it: it expires with it at the latest (and is revoked with it).
  if (access.exp !== undefined) exp = Math.min(exp ?? access.exp, access.exp);
  sendJson(res, 201, describe(ctx, await ctx.auth.createLink(params.id, body.role, exp, access.admin ? undefined : access.linkId)));
}

/** The admin sees every link of the map; a share link sees the links it minted (and those they minted). */
async function list(ctx: ApiContext, { res, params, access }: ApiCall) {
  await requireMap(ctx, params.id);
  const all = await ctx.links.list(params.id);
  const visible = access.admin ? all : access.linkId ? mintedBy(all, access.linkId) : [];
  sendJson(res, 200, visible.map((l) => describe(ctx, l)));
}

/**
 * Revokes a link, and every link minted through it: connections using them are closed now, and
 * they open nothing from now on. Only the admin, or the link that minted it, may.
 */
async function revoke(ctx: ApiContext, { res, params, access }: ApiCall) {
  const link = await ctx.links.get(params.linkId);
  if (!link || link.mapId !== params.id) throw new HttpError(404, `No link "${params.linkId.slice(0, 40)}" on map "${params.id}"`);
  const all = await ctx.links.list(params.id);
  if (!access.admin && !(access.linkId && mintedBy(all, access.linkId).some((l) => l.linkId === link.linkId))) {
    throw new HttpError(403, 'Only the facilitator, or the person whose link created this link, can revoke it.');
  }
  for (const l of [link, ...mintedBy(all, link.linkId)]) {
    if (l.revokedAt === null) await ctx.links.revoke(l.linkId);
    ctx.rooms.disconnect(params.id, 4403, REVOKED, l.linkId);
  }
  sendJson(res, 200, describe(ctx, (await ctx.links.get(link.linkId))!));
}

export const linkRoutes: Route[] = [
  { method: 'POST', path: '/api/maps/:id/links', need: 'edit', handle: create },
  { method: 'GET', path: '/api/maps/:id/links', need: 'edit', handle: list },
  { method: 'DELETE', path: '/api/maps/:id/links/:linkId', need: 'edit', handle: revoke },
];

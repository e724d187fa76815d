import { isRole, ROLES } from '../auth/roles';
import { HttpError, sendJson } from '../http/respond';
import type { LinkRow } from '../persistence/links';
import { readObject } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap } from './lookup';

const MAX_DAYS = 3650;

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

async function create(ctx: ApiContext, { req, res, params }: ApiCall) {
  const body = await readObject(req);
  requireAuth(ctx);
  await requireMap(ctx, params.id);
  if (!isRole(body.role)) throw new HttpError(400, `"role" must be one of ${ROLES.join(', ')}`);
  const days = body.expiresInDays;
  if (days !== undefined && (typeof days !== 'number' || !(days > 0 && days <= MAX_DAYS))) {
    throw new HttpError(400, `"expiresInDays" must be a number of days between 0 and ${MAX_DAYS}`);
  }
  const exp = days === undefined ? undefined : Math.floor(Date.now() / 1000 + days * 86_400);
  sendJson(res, 201, describe(ctx, await ctx.auth.createLink(params.id, body.role, exp)));
}

async function list(ctx: ApiContext, { res, params }: ApiCall) {
  await requireMap(ctx, params.id);
  sendJson(res, 200, (await ctx.links.list(params.id)).map((l) => describe(ctx, l)));
}

/** Revokes a link: connections using it are closed now, and it opens nothing from now on. */
async function revoke(ctx: ApiContext, { res, params }: ApiCall) {
  const link = await ctx.links.get(params.linkId);
  if (!link || link.mapId !== params.id) throw new HttpError(404, `No link "${params.linkId.slice(0, 40)}" on map "${params.id}"`);
  await ctx.links.revoke(link.linkId);
  ctx.rooms.disconnect(params.id, 4403, 'This link was revoked: ask the facilitator for a new one.', link.linkId);
  sendJson(res, 200, describe(ctx, (await ctx.links.get(link.linkId))!));
}

export const linkRoutes: Route[] = [
  { method: 'POST', path: '/api/maps/:id/links', need: 'edit', handle: create },
  { method: 'GET', path: '/api/maps/:id/links', need: 'edit', handle: list },
  { method: 'DELETE', path: '/api/maps/:id/links/:linkId', need: 'edit', handle: revoke },
];

import { validateMap } from '../../core/model';
import { HttpError, readJson, sendJson } from '../http/respond';
import type { ApiCall, ApiContext, Route } from './context';
import { createMapId } from './ids';
import { requireMap } from './lookup';
import { listSeeds } from './seeds';

/** Every map: stored rooms, plus seed maps never opened yet (and never deleted). */
export async function listMaps(ctx: ApiContext) {
  const stored = await ctx.store.listRooms(true);
  const known = new Set(stored.map((r) => r.id));
  const live = stored.filter((r) => r.deletedAt === null).map(({ id, title, statementCount, updatedAt }) => ({ id, title, statementCount, updatedAt }));
  const seeds = listSeeds(ctx.mapsDir).filter((s) => !known.has(s.id));
  return [...seeds, ...live];
}

async function list(ctx: ApiContext, { url, res }: ApiCall) {
  const deleted = url.searchParams.get('deleted');
  if (deleted === '1' || deleted === 'true') {
    const rows = (await ctx.store.listDeleted()).map(({ id, title, statementCount, updatedAt, deletedAt }) => ({ id, title, statementCount, updatedAt, deletedAt }));
    return sendJson(res, 200, rows);
  }
  sendJson(res, 200, await listMaps(ctx));
}

async function create(ctx: ApiContext, { req, res }: ApiCall) {
  const result = validateMap(await readJson(req));
  if (!result.ok) {
    const first = result.issues[0];
    throw new HttpError(400, `Invalid map: ${first.path || '(map)'}: ${first.message}`, result.issues);
  }
  const id = createMapId(result.map.title);
  await ctx.rooms.createRoomFromMap(id, result.map);
  sendJson(res, 201, { id });
}

/** What the caller's token allows on this map, so the client shows the matching UI. */
async function access(ctx: ApiContext, { params, access: a, res }: ApiCall) {
  await requireMap(ctx, params.id);
  sendJson(res, 200, { role: a.role, admin: a.admin, auth: ctx.auth.enabled });
}

export const mapRoutes: Route[] = [
  { method: 'GET', path: '/api/maps', need: 'admin', handle: list },
  { method: 'POST', path: '/api/maps', need: 'admin', handle: create },
  { method: 'GET', path: '/api/maps/:id', need: 'view', handle: async (ctx, { params, res }) => sendJson(res, 200, await requireMap(ctx, params.id)) },
  { method: 'GET', path: '/api/maps/:id/access', need: 'view', handle: access },
];

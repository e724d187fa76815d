import { readJsonBody, sendJson } from '../http/respond';
import type { ApiCall, ApiContext, Route } from './context';
import { createMapId } from './ids';
import { requireMap, requireMapUpdates } from './lookup';
import { EXPORT_WORDS, IMPORT_WORDS, runOffLoop } from './offLoop';
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

/** An import: parsed, validated, laid out and made a document on a worker thread; stored here. */
async function create(ctx: ApiContext, { req, res }: ApiCall) {
  const body = await readJsonBody(req);
  const built = await runOffLoop(ctx, res, { kind: 'import', body }, IMPORT_WORDS);
  const id = createMapId(built.title);
  await ctx.store.createRoom(id, built.title, built.statementCount, built.update);
  sendJson(res, 201, { id });
}

/** The live map in the file format, read on a worker thread. */
async function read(ctx: ApiContext, { params, res }: ApiCall) {
  const json = await runOffLoop(ctx, res, { kind: 'mapJson', updates: await requireMapUpdates(ctx, params.id) }, EXPORT_WORDS, params.id);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

/** What the caller's token allows on this map, so the client shows the matching UI. */
async function access(ctx: ApiContext, { params, access: a, res }: ApiCall) {
  await requireMap(ctx, params.id);
  sendJson(res, 200, { role: a.role, admin: a.admin, auth: ctx.auth.enabled });
}

export const mapRoutes: Route[] = [
  { method: 'GET', path: '/api/maps', need: 'admin', handle: list },
  { method: 'POST', path: '/api/maps', need: 'admin', handle: create },
  { method: 'GET', path: '/api/maps/:id', need: 'view', handle: read },
  { method: 'GET', path: '/api/maps/:id/access', need: 'view', handle: access },
];

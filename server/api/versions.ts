import * as Y from 'yjs';
import { diffMaps } from '../../core/history';
import { readMap } from '../../core/sync';
import { HttpError, sendJson } from '../http/respond';
import { readObject, readText } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap } from './lookup';

/** The map as it was in a saved version (read-only: restoring happens in the client, as an undoable edit). */
async function versionMap(ctx: ApiContext, { params }: ApiCall) {
  await requireMap(ctx, params.id);
  const version = /^\d{1,15}$/.test(params.vid) ? await ctx.versions.get(params.id, Number(params.vid)) : undefined;
  if (!version) throw new HttpError(404, `No version "${params.vid.slice(0, 40)}" of map "${params.id}"`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.state);
  const { map } = readMap(doc);
  doc.destroy();
  return map;
}

async function create(ctx: ApiContext, { req, res, params }: ApiCall) {
  const name = readText(await readObject(req), 'name', 200);
  await requireMap(ctx, params.id);
  const info = await ctx.rooms.withDoc(params.id, (room) => ctx.versions.add(params.id, name, false, Y.encodeStateAsUpdate(room.doc)));
  sendJson(res, 201, info);
}

export const versionRoutes: Route[] = [
  { method: 'POST', path: '/api/maps/:id/versions', need: 'edit', handle: create },
  {
    method: 'GET', path: '/api/maps/:id/versions', need: 'view',
    handle: async (ctx, { res, params }) => (await requireMap(ctx, params.id), sendJson(res, 200, await ctx.versions.list(params.id))),
  },
  { method: 'GET', path: '/api/maps/:id/versions/:vid', need: 'view', handle: async (ctx, call) => sendJson(call.res, 200, await versionMap(ctx, call)) },
  {
    method: 'GET', path: '/api/maps/:id/versions/:vid/diff', need: 'view',
    handle: async (ctx, call) => sendJson(call.res, 200, diffMaps(await versionMap(ctx, call), await requireMap(ctx, call.params.id))),
  },
];

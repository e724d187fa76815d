import * as Y from 'yjs';
import { diffMaps } from '../../core/history';
import { readMap } from '../../core/sync';
import { HttpError, sendJson } from '../http/respond';
import { readObject, readText } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap } from './lookup';

/** The map as it was in a saved version (read-only: restoring happens in the client, as an undoable edit). */
function versionMap(ctx: ApiContext, { params }: ApiCall) {
  requireMap(ctx, params.id);
  const version = /^\d{1,15}$/.test(params.vid) ? ctx.versions.get(params.id, Number(params.vid)) : undefined;
  if (!version) throw new HttpError(404, `No version "${params.vid.slice(0, 40)}" of map "${params.id}"`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.state);
  const { map } = readMap(doc);
  doc.destroy();
  return map;
}

async function create(ctx: ApiContext, { req, res, params }: ApiCall) {
  const name = readText(await readObject(req), 'name', 200);
  requireMap(ctx, params.id);
  const info = ctx.rooms.withDoc(params.id, (room) => ctx.versions.add(params.id, name, false, Y.encodeStateAsUpdate(room.doc)));
  sendJson(res, 201, info);
}

export const versionRoutes: Route[] = [
  { method: 'POST', path: '/api/maps/:id/versions', need: 'edit', handle: create },
  {
    method: 'GET', path: '/api/maps/:id/versions', need: 'view',
    handle: (ctx, { res, params }) => (requireMap(ctx, params.id), sendJson(res, 200, ctx.versions.list(params.id))),
  },
  { method: 'GET', path: '/api/maps/:id/versions/:vid', need: 'view', handle: (ctx, call) => sendJson(call.res, 200, versionMap(ctx, call)) },
  {
    method: 'GET', path: '/api/maps/:id/versions/:vid/diff', need: 'view',
    handle: (ctx, call) => sendJson(call.res, 200, diffMaps(versionMap(ctx, call), requireMap(ctx, call.params.id))),
  },
];

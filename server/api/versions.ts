import * as Y from 'yjs';
import { HttpError, sendJson } from '../http/respond';
import { readObject, readText } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap, requireMapUpdates } from './lookup';
import { READ_WORDS, runOffLoop } from './offLoop';

/** A saved version's stored state, or a 404. */
async function versionState(ctx: ApiContext, { params }: ApiCall): Promise<Uint8Array> {
  await requireMap(ctx, params.id);
  const version = /^\d{1,15}$/.test(params.vid) ? await ctx.versions.get(params.id, Number(params.vid)) : undefined;
  if (!version) throw new HttpError(404, `No version "${params.vid.slice(0, 40)}" of map "${params.id}"`);
  return version.state;
}

const sendJsonText = (call: ApiCall, json: string) => {
  call.res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  call.res.end(json);
};

/** The map as it was in a saved version (read-only: restoring happens in the client, as an undoable edit), read on a worker thread. */
async function versionMap(ctx: ApiContext, call: ApiCall) {
  const state = await versionState(ctx, call);
  sendJsonText(call, await runOffLoop(ctx, call.res, { kind: 'versionMap', state }, READ_WORDS));
}

/** What changed since a saved version, computed on a worker thread from the version and the live map's stored changes. */
async function versionDiff(ctx: ApiContext, call: ApiCall) {
  const state = await versionState(ctx, call);
  const updates = await requireMapUpdates(ctx, call.params.id);
  sendJsonText(call, await runOffLoop(ctx, call.res, { kind: 'versionDiff', state, updates }, READ_WORDS, call.params.id));
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
  { method: 'GET', path: '/api/maps/:id/versions/:vid', need: 'view', handle: versionMap },
  { method: 'GET', path: '/api/maps/:id/versions/:vid/diff', need: 'view', handle: versionDiff },
];

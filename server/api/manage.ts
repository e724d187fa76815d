import { MAX_TITLE } from '../../core/model';
import { applyOps } from '../../core/sync';
import { HttpError, sendJson } from '../http/respond';
import { RESTORABLE_DAYS } from '../persistence/purge';
import { SERVER_ORIGIN } from '../rooms';
import { readObject, readText } from './body';
import type { ApiCall, ApiContext, Route } from './context';
import { createMapId } from './ids';
import { requireMap, requireMapUpdates } from './lookup';
import { IMPORT_WORDS, runOffLoop } from './offLoop';

/** Renames a map inside its live document, so everyone connected sees the new title at once. */
async function rename(ctx: ApiContext, { req, res, params }: ApiCall) {
  const title = readText(await readObject(req), 'title', MAX_TITLE);
  await requireMap(ctx, params.id);
  await ctx.rooms.withDoc(params.id, (room) => {
    applyOps(room.doc, [{ type: 'setMeta', patch: { title } }], SERVER_ORIGIN);
    return ctx.rooms.writeSummary(room);
  });
  sendJson(res, 200, { id: params.id, title });
}

/** Soft delete: hidden, connections closed, restorable for RESTORABLE_DAYS days. */
async function remove(ctx: ApiContext, { res, params }: ApiCall) {
  const { id } = params;
  await requireMap(ctx, id);
  await ctx.rooms.ensureStored(id); // a seed map gets its row now, so deleting it sticks
  await ctx.store.setDeleted(id, true);
  ctx.rooms.disconnect(id, 4404, 'This map was deleted.');
  sendJson(res, 200, { id, deletedAt: (await ctx.store.getRoom(id))!.deletedAt, restorableDays: RESTORABLE_DAYS });
}

async function restore(ctx: ApiContext, { res, params }: ApiCall) {
  const row = await ctx.store.getRoom(params.id);
  if (!row || row.purgedAt) throw new HttpError(404, `No deleted map with id "${params.id}" (maps are kept ${RESTORABLE_DAYS} days after deletion)`);
  if (!row.deletedAt) throw new HttpError(409, `The map "${params.id}" is not deleted`);
  await ctx.store.setDeleted(params.id, false);
  sendJson(res, 200, { id: params.id, title: row.title });
}

/** A new map holding a copy of the current content (e.g. one per workshop group). */
async function duplicate(ctx: ApiContext, { req, res, params }: ApiCall) {
  const body = await readObject(req, true);
  const title = body.title === undefined ? undefined : readText(body, 'title', MAX_TITLE);
  const updates = await requireMapUpdates(ctx, params.id);
  const built = await runOffLoop(ctx, res, { kind: 'copy', updates, title, maxTitle: MAX_TITLE }, IMPORT_WORDS, params.id);
  const id = createMapId(built.title);
  await ctx.store.createRoom(id, built.title, built.statementCount, built.update);
  sendJson(res, 201, { id, title: built.title });
}

export const manageRoutes: Route[] = [
  { method: 'PATCH', path: '/api/maps/:id', need: 'edit', handle: rename },
  { method: 'DELETE', path: '/api/maps/:id', need: 'admin', handle: remove },
  { method: 'POST', path: '/api/maps/:id/restore', need: 'admin', handle: restore },
  { method: 'POST', path: '/api/maps/:id/duplicate', need: 'admin', handle: duplicate },
];

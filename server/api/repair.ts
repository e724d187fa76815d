import * as Y from 'yjs';
import { readMap } from '../../core/sync';
import { HttpError, sendJson } from '../http/respond';
import { DamagedMapError } from '../persistence/damagedMap';
import { readObject } from './body';
import type { ApiCall, ApiContext, Route } from './context';

/** True when the version's state reads as a map (a version is only as good as what it holds). */
function isReadable(state: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    readMap(doc);
    return true;
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

/**
 * Puts a damaged map back as it was in a saved version (the newest readable one, or `{version}`):
 * its unreadable log is replaced by that version's state. Refused for a map that opens: restoring
 * a version of a healthy map is an undoable edit in the History panel, not this.
 */
async function repair(ctx: ApiContext, { req, res, params }: ApiCall) {
  const body = await readObject(req, true);
  const row = await ctx.store.getRoom(params.id);
  if (!row || row.deletedAt) throw new HttpError(404, `No stored map with id "${params.id}"`);
  try {
    await ctx.rooms.withDoc(params.id, () => undefined);
    throw new HttpError(409, `The map "${params.id}" is not damaged: restore a version from its History panel instead.`);
  } catch (e) {
    if (!(e instanceof DamagedMapError)) throw e;
  }
  if (body.version !== undefined && !Number.isSafeInteger(body.version)) throw new HttpError(400, '"version" must be the id of a saved version');
  const candidates = (await ctx.versions.list(params.id)).filter((v) => body.version === undefined || v.id === body.version);
  for (const info of candidates) {
    const version = await ctx.versions.get(params.id, info.id);
    if (!version || !isReadable(version.state)) continue;
    await ctx.store.resetLog(params.id, version.state);
    console.log(`[store] map "${params.id}" was damaged; restored version ${info.id} ("${info.name}", ${info.createdAt})`);
    return sendJson(res, 200, { id: params.id, restoredVersion: { id: info.id, name: info.name, createdAt: info.createdAt } });
  }
  throw new HttpError(409, body.version === undefined
    ? `The map "${params.id}" has no readable saved version to restore; restore the data folder from a backup (see "warrant backup").`
    : `The map "${params.id}" has no readable saved version ${body.version}.`);
}

export const repairRoutes: Route[] = [{ method: 'POST', path: '/api/maps/:id/repair', need: 'admin', handle: repair }];

import { HttpError } from '../http/respond';
import { DamagedMapError, isCorruption } from '../persistence/damagedMap';
import { RESTORABLE_DAYS } from '../persistence/purge';
import type { ApiContext } from './context';

/** A 404 for a map deleted and still restorable (purged ones are simply unknown). */
async function refuseDeleted(ctx: ApiContext, id: string): Promise<void> {
  const row = await ctx.store.getRoom(id);
  if (row?.deletedAt && !row.purgedAt) {
    throw new HttpError(404, `The map "${id}" was deleted; the facilitator can restore it within ${RESTORABLE_DAYS} days of its deletion`);
  }
}

const noSuchMap = (id: string) => new HttpError(404, `No map with id "${id}"`);

/**
 * A 404 that says whether the map never existed or was deleted, unless it exists. Cheap (a row
 * or a seed file): nothing of the map is read, on the event loop or anywhere.
 */
export async function requireMap(ctx: ApiContext, id: string): Promise<void> {
  await refuseDeleted(ctx, id);
  if (!(await ctx.rooms.exists(id))) throw noSuchMap(id);
}

/**
 * The live map's stored updates, every change it holds now included (for a worker thread to
 * read, so the map is not loaded or read on the event loop); 404s as requireMap.
 */
export async function requireMapUpdates(ctx: ApiContext, id: string): Promise<Uint8Array[]> {
  await refuseDeleted(ctx, id);
  if (!(await ctx.rooms.exists(id)) || !(await ctx.rooms.ensureStored(id))) throw noSuchMap(id);
  const room = ctx.rooms.loaded.get(id);
  if (room) await new Promise<void>((resolve) => ctx.rooms.whenDurable(room, resolve));
  return ctx.store.loadUpdates(id).catch((e: Error) => {
    throw isCorruption(e) ? new DamagedMapError(id, e) : e;
  });
}

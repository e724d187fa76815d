import type { ArgumentMap } from '../../core/model';
import { HttpError } from '../http/respond';
import { RESTORABLE_DAYS } from '../persistence/purge';
import type { ApiContext } from './context';

/** The live map with this id, or a 404 that says whether it never existed or was deleted. */
export async function requireMap(ctx: ApiContext, id: string): Promise<ArgumentMap> {
  const row = await ctx.store.getRoom(id);
  if (row?.deletedAt && !row.purgedAt) {
    throw new HttpError(404, `The map "${id}" was deleted; the facilitator can restore it within ${RESTORABLE_DAYS} days of its deletion`);
  }
  const map = (await ctx.rooms.exists(id)) ? await ctx.rooms.readRoomMap(id) : undefined;
  if (!map) throw new HttpError(404, `No map with id "${id}"`);
  return map;
}

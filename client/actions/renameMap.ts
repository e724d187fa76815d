import type { ActionContext } from './action';

/** The longest map title the document takes (the same limit as the map format and the rename API). */
export const MAX_MAP_TITLE = 500;

/**
 * Renames the open map: one `setMeta` edit in the shared document, so it is durable (the server's
 * map list follows the document), seen live by everyone on the map, and undoable. Returns
 * whether the title changed; a blank or over-long title changes nothing and says why.
 */
export function renameMap(ctx: ActionContext, title: string): boolean {
  const next = title.replace(/\s+/g, ' ').trim();
  if (!next) {
    ctx.notify('A map needs a title: the old one is kept.');
    return false;
  }
  if (next.length > MAX_MAP_TITLE) {
    ctx.notify(`A map title can be at most ${MAX_MAP_TITLE} characters; this one has ${next.length}. The old one is kept.`);
    return false;
  }
  if (next === ctx.store.state.getState().map.title) return false;
  const refused = ctx.store.dispatch([{ type: 'setMeta', patch: { title: next } }]);
  if (refused) ctx.notify(refused);
  return !refused;
}

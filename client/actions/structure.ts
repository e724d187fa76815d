import { type ArgumentMap, type Inference, getRelations } from '../../core/model';
import type { StructureResult } from '../../core/ops';
import type { ActionContext } from './action';

/** The inference an action on the selection is about: a selected inference, or the one a selected statement is the premise of. */
export function getSelectedInference(map: ArgumentMap, selected: ReadonlySet<string>): Inference | undefined {
  const relations = getRelations(map);
  const ids = [...selected];
  const direct = ids.map((id) => relations.inferences.get(id)).find((i) => i !== undefined);
  if (direct) return direct;
  // Statements selected: the one inference all of them are premises of, if there is exactly one.
  const owning = ids.length === 0 ? [] : relations.outOf(ids[0]).filter((i) => ids.every((id) => i.premises.some((p) => p === id)));
  return owning.length === 1 ? owning[0] : undefined;
}

/** Writes a core structure edit, or tells the person why it cannot be done. True when written. */
export function performStructure(ctx: ActionContext, result: StructureResult, done?: string): boolean {
  const refused = result.ok ? ctx.store.dispatch(result.ops) : result.reason;
  if (refused) ctx.notify(refused);
  else if (done) ctx.notify(done);
  return !refused;
}

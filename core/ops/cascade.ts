import type { Inference, StatementId } from '../model/types';

/**
 * What else goes when statements or inferences are removed, so nothing dangles:
 * inferences whose target goes, premises that go (an inference with no premise left goes),
 * and, recursively, undercuts of inferences that go.
 */
export function getRemovalCascade(
  inferences: Iterable<Inference>,
  removedStatements: ReadonlySet<string>,
  removedInferences: ReadonlySet<string> = new Set(),
): { removeInferences: Set<string>; shrinkPremises: Map<string, StatementId[]> } {
  const all = [...inferences];
  const removeInferences = new Set(removedInferences);
  const shrinkPremises = new Map<string, StatementId[]>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const inf of all) {
      if (removeInferences.has(inf.id)) continue;
      const premises = inf.premises.filter((p) => !removedStatements.has(p));
      const targetGone = removedStatements.has(inf.target) || removeInferences.has(inf.target);
      if (targetGone || premises.length === 0) {
        removeInferences.add(inf.id);
        shrinkPremises.delete(inf.id);
        changed = true;
      } else if (premises.length !== inf.premises.length) shrinkPremises.set(inf.id, premises);
    }
  }
  for (const id of removedInferences) removeInferences.add(id);
  return { removeInferences, shrinkPremises };
}

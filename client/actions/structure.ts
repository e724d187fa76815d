import type { ArgumentMap, Inference } from '../../core/model';
import type { MapOp } from '../../core/ops';

/**
 * Joins selected statements into one linked argument: the single-premise inferences by which
 * they bear on the same target with the same polarity become one inference whose premises
 * hold only together. Returns no ops (and a reason) when the selection does not allow it.
 */
export function getJoinOps(map: ArgumentMap, selected: readonly string[]): { ops: MapOp[]; reason?: string } {
  const ids = new Set(selected);
  if (ids.size < 2) return { ops: [], reason: 'Select two or more statements to join them as co-premises.' };
  const groups = new Map<string, Inference[]>();
  for (const inf of map.inferences) {
    if (!inf.premises.some((p) => ids.has(p))) continue;
    const key = `${inf.target}|${inf.polarity}`;
    groups.set(key, [...(groups.get(key) ?? []), inf]);
  }
  const best = [...groups.values()].find((infs) => {
    const covered = new Set(infs.flatMap((i) => i.premises));
    return [...ids].every((id) => covered.has(id));
  });
  if (!best) return { ops: [], reason: 'The selected statements must all support (or all attack) the same statement.' };
  const premises = [...new Set(best.flatMap((i) => i.premises))];
  const keep = best[0];
  return {
    ops: [
      ...best.slice(1).map((i) => ({ type: 'removeInference', id: i.id }) as const),
      ...(best.length === 1 ? [] : [{ type: 'updateInference', id: keep.id, patch: { premises } } as const]),
      ...map.inferences.filter((u) => best.slice(1).some((i) => i.id === u.target)).map((u) => ({ type: 'updateInference', id: u.id, patch: { target: keep.id } }) as const),
    ],
  };
}

/** Splits a linked argument back into one inference per premise (undercuts stay on the first). */
export function getSplitOps(map: ArgumentMap, inferenceId: string, newId: () => string): MapOp[] {
  const inf = map.inferences.find((i) => i.id === inferenceId);
  if (!inf || inf.premises.length < 2) return [];
  const [first, ...rest] = inf.premises;
  return [
    { type: 'updateInference', id: inf.id, patch: { premises: [first] } },
    ...rest.map((p) => ({ type: 'addInference', inference: { id: newId(), premises: [p], target: inf.target, polarity: inf.polarity } }) as const),
  ];
}

/** The inference an action on the selection is about: a selected inference, or the one a selected statement is the premise of. */
export function getSelectedInference(map: ArgumentMap, selected: ReadonlySet<string>): Inference | undefined {
  const direct = map.inferences.find((i) => selected.has(i.id) || selected.has(`inference:${i.id}`));
  if (direct) return direct;
  // Statements selected: the one inference all of them are premises of, if there is exactly one.
  const ids = [...selected];
  const owning = map.inferences.filter((i) => ids.every((id) => i.premises.includes(id)));
  return owning.length === 1 ? owning[0] : undefined;
}

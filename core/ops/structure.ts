import { getNodeId, getRelations } from '../model/relations';
import type { ArgumentMap, Id, Inference, InferenceId, Polarity, Statement } from '../model/types';
import { getRemovalCascade } from './cascade';
import { GONE_STATEMENT, GONE_TARGET, NOT_A_PREMISE, checkOps } from './invariants';
import type { MapOp } from './ops';

/**
 * Structure edits as pure functions: map + what the person asked → the ops to write, or the
 * reason it cannot be done. Keyboard actions, the canvas' drag-to-relate and the inspector
 * all call these, so a rule lives once. Every result is checked against the model's
 * invariants (checkOps) before it is returned.
 *
 * Worked example (join): i1: a→t, i2: b→t, u1: u undercuts i2. Joining a and b gives
 * i1: [a, b]→t, and u1 now undercuts i1 — the step it questioned lives on in i1, so the
 * undercut (and any comment on i2) moves there instead of being deleted with i2.
 */
export type StructureResult =
  | { readonly ok: true; readonly ops: MapOp[] }
  | { readonly ok: false; readonly reason: string };

const fail = (reason: string): StructureResult => ({ ok: false, reason });
function checked(map: ArgumentMap, ops: MapOp[]): StructureResult {
  const reason = checkOps(map, ops);
  return reason ? fail(reason) : { ok: true, ops };
}

/** Ops that move undercuts and comments from one inference to another (before it is removed). */
function moveAttached(map: ArgumentMap, from: InferenceId, to: InferenceId): MapOp[] {
  return [
    ...getRelations(map).undercutsOf(from).map((u): MapOp => ({ type: 'updateInference', id: u.id, patch: { target: to } })),
    ...map.comments.filter((c) => c.target === from).map((c): MapOp => ({ type: 'updateComment', id: c.id, patch: { target: to } })),
  ];
}

/**
 * Joins statements into one linked argument: the inferences by which they bear on the same
 * target with the same polarity become one, whose premises hold only together. Undercuts and
 * comments of the merged inferences move to the one kept.
 */
export function joinPremises(map: ArgumentMap, statementIds: readonly string[]): StructureResult {
  const ids = new Set<Id>(statementIds);
  if (ids.size < 2) return fail('Select two or more statements to join them as co-premises.');
  const groups = new Map<string, Inference[]>();
  for (const inf of map.inferences) {
    if (!inf.premises.some((p) => ids.has(p))) continue;
    const key = `${inf.target}|${inf.polarity}`;
    groups.set(key, [...(groups.get(key) ?? []), inf]);
  }
  const best = [...groups.values()].find((infs) => {
    const covered = new Set<Id>(infs.flatMap((i) => i.premises));
    return [...ids].every((id) => covered.has(id));
  });
  if (!best) return fail('The selected statements must all support (or all attack) the same statement.');
  if (best.length === 1) return fail('These statements are already co-premises of one argument.');
  const [keep, ...merged] = best;
  const premises = [...new Set(best.flatMap((i) => i.premises))];
  return checked(map, [
    ...merged.flatMap((i) => moveAttached(map, i.id, keep.id)),
    { type: 'updateInference', id: keep.id, patch: { premises } },
    ...merged.map((i): MapOp => ({ type: 'removeInference', id: i.id })),
  ]);
}

/**
 * Splits a linked argument into one inference per premise. The first premise keeps the
 * inference, with its label, scheme, undercuts and comments (nothing is copied or lost).
 */
export function splitInference(map: ArgumentMap, inferenceId: string, newId: () => InferenceId): StructureResult {
  const inf = map.inferences.find((i) => i.id === inferenceId);
  if (!inf) return fail('Select a linked argument (its joint or one of its premises) to split it.');
  if (inf.premises.length < 2) return fail('This argument has one premise: there is nothing to split.');
  const [first, ...rest] = inf.premises;
  return checked(map, [
    { type: 'updateInference', id: inf.id, patch: { premises: [first] } },
    ...rest.map((p): MapOp => ({ type: 'addInference', inference: { id: newId(), premises: [p], target: inf.target, polarity: inf.polarity } })),
  ]);
}

/** How a premise relates to what it was dropped on: a reason, an objection, or a co-premise of an inference. */
export type RelationChoice = Polarity | 'join';

/**
 * Relates a statement to a statement or an inference (drag-to-relate). On a statement:
 * support or attack. On an inference: attack is an undercut, join adds a co-premise.
 */
export function relate(map: ArgumentMap, premise: string, target: string, choice: RelationChoice, newId: () => InferenceId): StructureResult {
  const relations = getRelations(map);
  const onInference = relations.inferences.get(target);
  // Ids come from the canvas as plain strings: finding their records is the check that brands them.
  const notPremise = () => fail(relations.inferences.has(premise) ? NOT_A_PREMISE : GONE_STATEMENT);
  if (onInference && choice === 'join') {
    if (onInference.premises.some((p) => p === premise)) return fail('That statement is already a premise of this argument.');
    if (!relations.statements.has(premise)) return notPremise();
    return checked(map, [{ type: 'updateInference', id: onInference.id, patch: { premises: [...onInference.premises, premise] } }]);
  }
  if (!onInference && choice === 'join') return fail('Only an argument’s joint can take another co-premise; drop on the joint.');
  const polarity = choice as Polarity;
  const same = relations.into(target).find((i) => i.polarity === polarity && i.premises.length === 1 && i.premises[0] === premise);
  if (same) return fail(`That relation already exists.`);
  if (!relations.statements.has(premise)) return notPremise();
  const to = getNodeId(relations, target);
  if (to === undefined) return fail(GONE_TARGET);
  return checked(map, [{ type: 'addInference', inference: { id: newId(), premises: [premise], target: to, polarity } }]);
}

/** An undercut: a statement attacks the step of an inference (not its conclusion). */
export function undercut(map: ArgumentMap, inferenceId: InferenceId, premise: string, newId: () => InferenceId): StructureResult {
  if (!map.inferences.some((i) => i.id === inferenceId)) return fail('Select a relation (click its line) or a premise with one relation to undercut it.');
  return relate(map, premise, inferenceId, 'attack', newId);
}

/** A new statement together with its relation to an existing one (R, O, U, drop on empty canvas). */
export function addRelated(
  map: ArgumentMap,
  statement: Statement,
  relation: { readonly to: string; readonly side: 'premise' | 'target'; readonly polarity: Polarity },
  newId: () => InferenceId,
): StructureResult {
  const add: MapOp = { type: 'addStatement', statement };
  const withNew = { ...map, statements: [...map.statements, statement] };
  const [premise, target] = relation.side === 'premise' ? [statement.id, relation.to] : [relation.to, statement.id];
  const result = relate(withNew, premise, target, relation.polarity, newId);
  return result.ok ? checked(map, [add, ...result.ops]) : result;
}

/** Points an inference at another statement or inference (its premises and undercuts stay). */
export function retarget(map: ArgumentMap, inferenceId: InferenceId, target: string): StructureResult {
  const inf = map.inferences.find((i) => i.id === inferenceId);
  if (!inf) return fail('That relation no longer exists (someone may have just deleted it).');
  if (inf.target === target) return fail('The relation already points there.');
  const to = getNodeId(getRelations(map), target);
  if (to === undefined) return fail(GONE_TARGET);
  return checked(map, [{ type: 'updateInference', id: inferenceId, patch: { target: to } }]);
}

/** Deleting statements and inferences, and what goes with them so nothing dangles. */
export interface Deletion {
  readonly ops: MapOp[];
  /** Inferences removed because they would dangle (not asked for), e.g. undercuts of a removed relation. */
  readonly cascaded: readonly string[];
  readonly comments: number;
}

/** The ops that delete the given statements and inferences; the cascade is reported, not hidden. */
export function deleteItems(map: ArgumentMap, ids: Iterable<string>): Deletion {
  const wanted = new Set(ids);
  const statements = map.statements.filter((s) => wanted.has(s.id)).map((s) => s.id);
  const inferences = map.inferences.filter((i) => wanted.has(i.id)).map((i) => i.id);
  const { removeInferences } = getRemovalCascade(map.inferences, new Set(statements), new Set(inferences));
  const gone = new Set([...statements, ...removeInferences]);
  return {
    ops: [
      ...statements.map((id): MapOp => ({ type: 'removeStatement', id })),
      ...inferences.map((id): MapOp => ({ type: 'removeInference', id })),
    ],
    cascaded: [...removeInferences].filter((id) => !wanted.has(id)),
    comments: map.comments.filter((c) => gone.has(c.target)).length,
  };
}

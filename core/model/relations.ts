import type { ArgumentMap, Id, Inference, InferenceId, NodeId, Statement, StatementId } from './types';

/**
 * What a relation is, for everything that draws, exports, evaluates or walks a map:
 * support or attack on a statement, or an undercut (an attack on an inference).
 */
export const RELATION_KINDS = ['support', 'attack', 'undercut'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * One index of a map's relations, built once per map object (maps are immutable, so a
 * WeakMap cache is exact): look-ups by id, each inference's kind, what points into a statement
 * or inference, what a statement is a premise of, and the undercuts of an inference.
 *
 * Worked example: i1: a→t (support), u1: u undercuts i1.
 *   kind(i1) = 'support', kind(u1) = 'undercut'; into(t) = [i1]; into(i1) = [u1] = undercutsOf(i1);
 *   outOf(a) = [i1]; isLinked(i1) = false (one premise: drawn without a junction of co-premises).
 */
/**
 * Records by id. Any string may be looked up (an id that names no such record finds nothing), and
 * `has` says whether an id names one: that check is how a plain id becomes a branded one.
 */
export interface RecordsById<K extends string, V> extends ReadonlyMap<K, V> {
  get(id: string): V | undefined;
  has(id: string): id is K;
}

/** The records of a list by their ids. */
export function getRecordsById<V extends { readonly id: string }>(records: readonly V[]): RecordsById<V['id'], V> {
  const byId: ReadonlyMap<string, V> = new Map(records.map((r) => [r.id, r]));
  return byId as RecordsById<V['id'], V>; // a Map's `has` is exactly the check the type predicate states
}

export interface Relations {
  readonly statements: RecordsById<StatementId, Statement>;
  readonly inferences: RecordsById<InferenceId, Inference>;
  readonly kind: (inference: Inference) => RelationKind;
  /** Inferences whose target is this statement or inference. */
  readonly into: (id: Id) => readonly Inference[];
  /** Inferences this statement is a premise of. */
  readonly outOf: (statementId: Id) => readonly Inference[];
  /** Undercuts of an inference (inferences attacking it). */
  readonly undercutsOf: (inferenceId: InferenceId) => readonly Inference[];
  /** True when the inference has two or more (linked) premises. */
  readonly isLinked: (inference: Inference) => boolean;
  /** True when the inference is drawn through a junction: linked premises, or undercut. */
  readonly hasJunction: (inferenceId: InferenceId) => boolean;
}

const cache = new WeakMap<Pick<ArgumentMap, 'statements' | 'inferences'>, Relations>();
const none: readonly Inference[] = [];

/** The relations index of a map (built on first use, then cached for that map object). */
export function getRelations(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Relations {
  const cached = cache.get(map);
  if (cached) return cached;
  const statements = getRecordsById(map.statements);
  const inferences = getRecordsById(map.inferences);
  const into = new Map<Id, Inference[]>();
  const outOf = new Map<Id, Inference[]>();
  for (const inf of map.inferences) {
    (into.get(inf.target) ?? into.set(inf.target, []).get(inf.target)!).push(inf);
    for (const p of inf.premises) (outOf.get(p) ?? outOf.set(p, []).get(p)!).push(inf);
  }
  const relations: Relations = {
    statements,
    inferences,
    kind: (inf) => (inferences.has(inf.target) ? 'undercut' : inf.polarity),
    into: (id) => into.get(id) ?? none,
    outOf: (id) => outOf.get(id) ?? none,
    undercutsOf: (id) => (inferences.has(id) ? (into.get(id) ?? none) : none),
    isLinked: (inf) => inf.premises.length > 1,
    hasJunction: (id) => {
      const inf = inferences.get(id);
      return !!inf && (inf.premises.length > 1 || into.has(id));
    },
  };
  cache.set(map, relations);
  return relations;
}

/** The id as the branded id of the statement or inference it names, or undefined when it names neither (how an id from outside is checked). */
export const getNodeId = (relations: Relations, id: string): NodeId | undefined =>
  relations.statements.has(id) || relations.inferences.has(id) ? id : undefined;

/** True when an inference attacks another inference (an undercut). */
export function isUndercut(map: Pick<ArgumentMap, 'statements' | 'inferences'>, inference: Inference): boolean {
  return getRelations(map).kind(inference) === 'undercut';
}

/**
 * The statements that bear directly on a statement or an inference: the premises of the
 * inferences pointing at it, and of the undercuts against those inferences (at any depth).
 * Worked example: i1: a→t, u1: u undercuts i1 → getDirectPremises(t) = [a, u].
 */
export function getDirectPremises(relations: Relations, id: Id): Id[] {
  const out: Id[] = [];
  const seen = new Set<Id>();
  const visit = (target: Id) => {
    for (const inf of relations.into(target)) {
      if (seen.has(inf.id)) continue;
      seen.add(inf.id);
      out.push(...inf.premises);
      visit(inf.id);
    }
  };
  visit(id);
  return out;
}

/**
 * The ids an inference joins: its premises and its target; an undercut, being about a step,
 * also joins the members of the inference it questions (so all its ids are statements but the
 * target of a broken chain). Worked example: i1: a→t, u1: u undercuts i1 → members(u1) = [u, a, t].
 */
export function getMembers(relations: Relations, inf: Inference, seen = new Set<Id>()): Id[] {
  seen.add(inf.id);
  const target = relations.inferences.get(inf.target);
  if (!target) return [...inf.premises, inf.target];
  return seen.has(target.id) ? [...inf.premises] : [...inf.premises, ...getMembers(relations, target, seen)];
}

/** The statement an inference finally bears on: its target, or for an undercut the conclusion of the step it questions. */
export function getConclusion(relations: Relations, inf: Inference): Id | undefined {
  const seen = new Set<Id>();
  let at: Inference | undefined = inf;
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    if (relations.statements.has(at.target)) return at.target;
    at = relations.inferences.get(at.target);
  }
  return undefined;
}

/** How a list names a statement or an inference: the statement's text, else the inference's label (undefined when neither). */
export function getItemText(relations: Relations, id: Id): string | undefined {
  return relations.statements.get(id)?.text ?? relations.inferences.get(id)?.label;
}

import type { ArgumentMap, Id, Inference, Statement } from './types';

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
export interface Relations {
  readonly statements: ReadonlyMap<Id, Statement>;
  readonly inferences: ReadonlyMap<Id, Inference>;
  readonly kind: (inference: Inference) => RelationKind;
  /** Inferences whose target is this statement or inference. */
  readonly into: (id: Id) => readonly Inference[];
  /** Inferences this statement is a premise of. */
  readonly outOf: (statementId: Id) => readonly Inference[];
  /** Undercuts of an inference (inferences attacking it). */
  readonly undercutsOf: (inferenceId: Id) => readonly Inference[];
  /** True when the inference has two or more (linked) premises. */
  readonly isLinked: (inference: Inference) => boolean;
  /** True when the inference is drawn through a junction: linked premises, or undercut. */
  readonly hasJunction: (inferenceId: Id) => boolean;
}

const cache = new WeakMap<Pick<ArgumentMap, 'statements' | 'inferences'>, Relations>();
const none: readonly Inference[] = [];

/** The relations index of a map (built on first use, then cached for that map object). */
export function getRelations(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Relations {
  const cached = cache.get(map);
  if (cached) return cached;
  const statements = new Map(map.statements.map((s) => [s.id, s]));
  const inferences = new Map(map.inferences.map((i) => [i.id, i]));
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

/** True when an inference attacks another inference (an undercut). */
export function isUndercut(map: Pick<ArgumentMap, 'statements' | 'inferences'>, inference: Inference): boolean {
  return getRelations(map).kind(inference) === 'undercut';
}

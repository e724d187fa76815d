import type { ArgumentMap, Inference } from '../../core/model';

/**
 * Indexes of the map's relations that the view functions walk. An inference's target is a
 * statement id, or for an undercut an inference id, so `incoming` is keyed by either.
 */
export interface RelationIndex {
  readonly statementIds: ReadonlySet<string>;
  readonly inferences: ReadonlyMap<string, Inference>;
  /** Inferences by what they point at. */
  readonly incoming: ReadonlyMap<string, readonly Inference[]>;
  /** Inferences by each of their premises. */
  readonly outgoing: ReadonlyMap<string, readonly Inference[]>;
}

const push = <T>(index: Map<string, T[]>, key: string, value: T) => {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
};

export function createRelationIndex(map: ArgumentMap): RelationIndex {
  const incoming = new Map<string, Inference[]>();
  const outgoing = new Map<string, Inference[]>();
  for (const inf of map.inferences) {
    push(incoming, inf.target, inf);
    for (const p of inf.premises) push(outgoing, p, inf);
  }
  return {
    statementIds: new Set(map.statements.map((s) => s.id)),
    inferences: new Map(map.inferences.map((i) => [i.id, i])),
    incoming,
    outgoing,
  };
}

/**
 * The statements that bear directly on a statement or an inference: the premises of the
 * inferences pointing at it, and of the undercuts against those inferences (at any depth).
 */
export function getDirectPremises(index: RelationIndex, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (target: string) => {
    for (const inf of index.incoming.get(target) ?? []) {
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
 * The statements an inference joins: its premises and its conclusion. An undercut also joins
 * the statements of the inference it questions, since it is about that step.
 */
export function getMembers(index: RelationIndex, inf: Inference, seen = new Set<string>()): string[] {
  seen.add(inf.id);
  const target = index.inferences.get(inf.target);
  if (!target) return [...inf.premises, inf.target];
  return seen.has(target.id) ? [...inf.premises] : [...inf.premises, ...getMembers(index, target, seen)];
}

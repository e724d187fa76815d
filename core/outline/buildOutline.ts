/**
 * The map as a tree for the outline view: theses (or, without one, statements that are premises of
 * nothing) at the root; under a statement, the reasons and objections aimed at it, strongest
 * ordering first by canvas position; linked premises grouped under one node; undercuts under the
 * inference they question. A statement reached again lower down is shown once more as a leaf.
 *   t ← r1 (support), t ← {p1, p2} (linked support), i(r1→t) ← u (undercut)
 *   → t › [reason r1 › [undercut u]], [linked reason › [p1], [p2]]
 */
import type { ArgumentMap, Id, Inference, Statement } from '../model/types';
import { type RelationKind, getRelations } from '../model/relations';

export type OutlineRole = 'root' | 'reason' | 'objection' | 'undercut' | 'premise';

export interface OutlineNode {
  /** Unique within the tree: the path of ids from the root. */
  readonly key: string;
  readonly role: OutlineRole;
  /** The statement shown (absent for a linked-premise group). */
  readonly statement?: Statement;
  /** The inference that attaches this node to its parent (absent at the root and for premises of a group). */
  readonly inference?: Inference;
  readonly children: readonly OutlineNode[];
  /** True when this statement already appears above it on this branch (its children are not repeated). */
  readonly repeated?: boolean;
}

const ROLE_OF_KIND: Record<RelationKind, OutlineRole> = { support: 'reason', attack: 'objection', undercut: 'undercut' };

export function buildOutline(map: ArgumentMap): OutlineNode[] {
  const relations = getRelations(map);
  const { statements } = relations;
  const order = (s: Statement | undefined) => (map.direction === 'LR' ? s?.position?.y : s?.position?.x) ?? 0;
  const attached = (target: Id, path: string, seen: ReadonlySet<Id>): OutlineNode[] =>
    [...relations.into(target)]
      .sort((a, b) => order(statements.get(a.premises[0])) - order(statements.get(b.premises[0])))
      .map((inf): OutlineNode | undefined => {
        const role = ROLE_OF_KIND[relations.kind(inf)];
        const key = `${path}/${inf.id}`;
        const undercuts = attached(inf.id, key, seen);
        if (inf.premises.length === 1) {
          const node = statementNode(inf.premises[0], key, seen, role, inf);
          return node && { ...node, children: [...undercuts, ...node.children] };
        }
        const premises = inf.premises.flatMap((p) => statementNode(p, key, seen, 'premise') ?? []);
        return { key, role, inference: inf, children: [...premises, ...undercuts] };
      })
      .filter((n): n is OutlineNode => !!n);
  const statementNode = (id: Id, path: string, seen: ReadonlySet<Id>, role: OutlineRole, inference?: Inference): OutlineNode | undefined => {
    const statement = statements.get(id);
    if (!statement) return undefined;
    const key = `${path}/${id}`;
    if (seen.has(id)) return { key, role, statement, inference, children: [], repeated: true };
    return { key, role, statement, inference, children: attached(id, key, new Set([...seen, id])) };
  };
  const isPremise = (id: Id) => relations.outOf(id).length > 0;
  const theses = map.statements.filter((s) => s.kind === 'thesis');
  const roots = theses.length ? theses : map.statements.filter((s) => !isPremise(s.id));
  const shown = new Set<Id>();
  const out: OutlineNode[] = [];
  const visit = (n: OutlineNode) => {
    if (n.statement) shown.add(n.statement.id);
    n.children.forEach(visit);
  };
  for (const s of roots) {
    const node = statementNode(s.id, '', new Set(), 'root')!;
    out.push(node);
    visit(node);
  }
  // Whatever no root reaches (islands, circles) still gets a place at the top level.
  for (const s of [...map.statements.filter((x) => !isPremise(x.id)), ...map.statements]) {
    if (shown.has(s.id)) continue;
    const node = statementNode(s.id, '', new Set(), 'root')!;
    out.push(node);
    visit(node);
  }
  return out;
}

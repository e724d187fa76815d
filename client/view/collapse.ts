import { type ArgumentMap, type Relations, getDirectPremises, getRelations } from '../../core/model';

/**
 * Collapsing a statement hides its branch: what supports or attacks it, directly or through
 * other statements (undercuts of those steps included), unless that is also reachable from
 * outside the branch. The collapsed statement itself stays.
 *
 * Worked examples (`a ← b`: b supports or attacks a; `*` marks the collapsed statement):
 *   t ← a*, a ← b, b ← d          hidden {b, d}
 *   t ← a*, a ← b, t ← c, a ← c   hidden {b}: c also bears on t
 *   t ← a*, a ← b, x ← b, b ← d   hidden {}: b bears on x, so b and what bears on b stay
 *   t ← a*, t ← b*, a ← p, b ← p  hidden {p}: p bears only on collapsed statements
 *
 * So: visible = every statement outside all branches, plus what those reach by walking
 * from conclusions to premises without passing through a collapsed statement.
 */
export interface CollapseView {
  readonly hidden: ReadonlySet<string>;
  /** For each collapsed statement, how many statements of its branch are hidden. */
  readonly counts: ReadonlyMap<string, number>;
}

/** Every statement reachable from `id` by walking from conclusions to premises (may include `id` through a cycle). */
function getUpstream(index: Relations, id: string): Set<string> {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    for (const p of getDirectPremises(index, queue.pop()!)) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return seen;
}

/**
 * What collapsing `collapsed` hides in a map, and how much each one hides. Collapse is this
 * person's view (like focus and filters), never the document's: a `collapsed` flag an old
 * document still carries is ignored.
 */
export function getCollapseView(map: ArgumentMap, collapsed: ReadonlySet<string>): CollapseView {
  const roots = map.statements.filter((s) => collapsed.has(s.id)).map((s) => s.id);
  if (roots.length === 0) return { hidden: new Set(), counts: new Map() };
  const index = getRelations(map);
  const branches = new Map(roots.map((r) => {
    const b = getUpstream(index, r);
    b.delete(r);
    return [r, b];
  }));
  const inSomeBranch = new Set([...branches.values()].flatMap((b) => [...b]));
  const visible = new Set<string>();
  const queue: string[] = [];
  const reach = (id: string) => {
    if (visible.has(id)) return;
    visible.add(id);
    queue.push(id);
  };
  const drain = () => {
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (!collapsed.has(id)) getDirectPremises(index, id).forEach(reach);
    }
  };
  map.statements.forEach((s) => !inSomeBranch.has(s.id) && reach(s.id));
  drain();
  // Collapsed statements hidden only by each other (a cycle nothing else leads into) would leave
  // nothing to click: show the first of them, which then hides the rest.
  for (;;) {
    const orphan = roots.find((r) => !visible.has(r) && !roots.some((o) => visible.has(o) && branches.get(o)!.has(r)));
    if (!orphan) break;
    reach(orphan);
    drain();
  }
  const hidden = new Set<string>(map.statements.filter((s) => !visible.has(s.id)).map((s) => s.id));
  const counts = new Map(roots.map((r) => [r, [...branches.get(r)!].filter((id) => hidden.has(id)).length]));
  return { hidden, counts };
}

/** The statements hidden because a statement above them is collapsed. */
export function getHiddenByCollapse(map: ArgumentMap, collapsed: ReadonlySet<string>): Set<string> {
  return new Set(getCollapseView(map, collapsed).hidden);
}

/** True when a statement has a branch to collapse (something supports or attacks it). */
export function hasBranch(map: ArgumentMap, id: string): boolean {
  return getRelations(map).into(id).length > 0;
}

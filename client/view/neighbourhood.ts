import { type ArgumentMap, getMembers, getRelations } from '../../core/model';


/**
 * The statements within `n` steps of the given ones. One step crosses one inference, either way:
 * from a premise to its conclusion and its co-premises, from a conclusion to its premises, and
 * between the statements of an inference and the premises of an undercut against it. An id may
 * also name an inference: it starts from all its statements.
 *
 * Worked example: t ← {a, b} (linked premises), a ← c.
 *   from c: 0 steps {c}; 1 step {c, a}; 2 steps {c, a, b, t}.
 * The canvas shows an inference's junction when its premises and conclusion are shown.
 */
export function getNeighbourhood(map: ArgumentMap, ids: Iterable<string>, n: number): Set<string> {
  const index = getRelations(map);
  const touching = new Map<string, string[][]>();
  for (const inf of map.inferences) {
    const members = getMembers(index, inf).filter((id) => index.statements.has(id));
    for (const m of members) touching.set(m, [...(touching.get(m) ?? []), members]);
  }
  const reached = new Set<string>();
  for (const id of ids) {
    const inf = index.inferences.get(id);
    if (inf) getMembers(index, inf).filter((m) => index.statements.has(m)).forEach((m) => reached.add(m));
    else if (index.statements.has(id)) reached.add(id);
  }
  let frontier = [...reached];
  for (let step = 0; step < n && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const members of touching.get(id) ?? []) {
        for (const m of members) {
          if (reached.has(m)) continue;
          reached.add(m);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

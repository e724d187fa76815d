import { getRelations } from '../model/relations';
import type { ArgumentMap } from '../model/types';

/**
 * The part of a map made of some statements: their inner relations (an undercut comes along
 * when the undercutter and the inference it questions both do), comments on what is kept,
 * and the sources their anchors point into. Title and direction stay, so figures read the same.
 * Used by copy/paste, by exports of a selection or a view, and by the export API's `ids`.
 */
export function getMapSubset(map: ArgumentMap, statementIds: ReadonlySet<string>): ArgumentMap {
  const statements = map.statements.filter((s) => statementIds.has(s.id));
  const ids = new Set<string>(statements.map((s) => s.id));
  let inferences = map.inferences.filter((i) => i.premises.every((p) => ids.has(p)) && ids.has(i.target));
  const relations = getRelations(map);
  const have = new Set(inferences.map((i) => i.id));
  for (let round = inferences; round.length;) {
    const wanted = new Set(round.flatMap((i) => relations.undercutsOf(i.id)).filter((u) => !have.has(u.id) && u.premises.every((p) => ids.has(p))).map((u) => u.id));
    round = map.inferences.filter((u) => wanted.has(u.id));
    round.forEach((u) => have.add(u.id));
    inferences = [...inferences, ...round];
  }
  const kept = new Set([...ids, ...inferences.map((i) => i.id)]);
  const cited = new Set(statements.flatMap((s) => s.anchors.map((a) => a.source)));
  return {
    ...map,
    statements,
    inferences,
    comments: map.comments.filter((c) => kept.has(c.target)),
    sources: map.sources.filter((s) => cited.has(s.id)),
  };
}

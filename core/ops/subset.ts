import type { ArgumentMap } from '../model/types';

/**
 * The part of a map made of some statements: their inner relations (an undercut comes along
 * when the undercutter and the inference it questions both do), comments on what is kept,
 * and the sources their anchors point into. Title and direction stay, so figures read the same.
 * Used by copy/paste, by exports of a selection or a view, and by the export API's `ids`.
 */
export function getMapSubset(map: ArgumentMap, statementIds: ReadonlySet<string>): ArgumentMap {
  const statements = map.statements.filter((s) => statementIds.has(s.id));
  const ids = new Set(statements.map((s) => s.id));
  let inferences = map.inferences.filter((i) => i.premises.every((p) => ids.has(p)) && ids.has(i.target));
  for (let grew = true; grew;) {
    const have = new Set(inferences.map((i) => i.id));
    const more = map.inferences.filter((u) => !have.has(u.id) && have.has(u.target) && u.premises.every((p) => ids.has(p)));
    inferences = [...inferences, ...more];
    grew = more.length > 0;
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

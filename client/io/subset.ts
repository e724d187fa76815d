import type { ArgumentMap } from '../../core/model';
import { getClipboardContent } from '../actions/clipboard';

/** What an export covers: the whole map, the selected statements, or what the current view shows. */
export type ExportScope = 'map' | 'selection' | 'view';

/**
 * The part of a map made of these statements: their inner relations (undercuts included
 * when the inference they question is kept), comments on what is kept, and the sources
 * their anchors point into. Same title and direction, so figures read the same.
 */
export function getMapSubset(map: ArgumentMap, statementIds: ReadonlySet<string>): ArgumentMap {
  const content = getClipboardContent(map, statementIds);
  if (!content) return { ...map, statements: [], inferences: [], comments: [], sources: [] };
  const cited = new Set(content.statements.flatMap((s) => s.anchors.map((a) => a.source)));
  return {
    ...map,
    statements: content.statements,
    inferences: content.inferences,
    comments: content.comments,
    sources: map.sources.filter((s) => cited.has(s.id)),
  };
}

/** The statement ids a scope covers: selected ones (inferences in the selection do not count), or the visible ones. */
export function getScopeIds(map: ArgumentMap, scope: ExportScope, selected: ReadonlySet<string>, hidden: ReadonlySet<string>): Set<string> {
  const ids = map.statements.map((s) => s.id);
  if (scope === 'selection') return new Set(ids.filter((id) => selected.has(id)));
  if (scope === 'view') return new Set(ids.filter((id) => !hidden.has(id)));
  return new Set(ids);
}

/** The map an export of this scope writes (the map itself for the whole map). */
export function getScopeMap(map: ArgumentMap, scope: ExportScope, selected: ReadonlySet<string>, hidden: ReadonlySet<string>): ArgumentMap {
  if (scope === 'map') return map;
  return getMapSubset(map, getScopeIds(map, scope, selected, hidden));
}

import type { ArgumentMap } from '../../core/model';
import { getMapSubset } from '../../core/ops';

export { getMapSubset };

/** What an export covers: the whole map, the selected statements, or what the current view shows. */
export type ExportScope = 'map' | 'selection' | 'view';

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

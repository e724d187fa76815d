import { type ArgumentMap, type RelationKind, type StatementKind, getMembers, getRelations } from '../../core/model';

/** What the filters keep; an empty list keeps everything for that criterion. */
export interface ViewFilters {
  readonly kinds: readonly StatementKind[];
  /** A statement with any of these tags passes. */
  readonly tags: readonly string[];
  /** A statement that takes part in a relation of any of these kinds passes. */
  readonly relations: readonly RelationKind[];
}

export const NO_FILTERS: ViewFilters = { kinds: [], tags: [], relations: [] };

export const countFilters = (f: ViewFilters): number => f.kinds.length + f.tags.length + f.relations.length;

/**
 * The kinds of relation each statement takes part in, as premise or conclusion. An undercut
 * involves its premises and the statements of the inference it questions.
 */
export function getRelationRoles(map: ArgumentMap): Map<string, Set<RelationKind>> {
  const index = getRelations(map);
  const roles = new Map<string, Set<RelationKind>>();
  for (const inf of map.inferences) {
    const kind = index.kind(inf);
    for (const id of getMembers(index, inf)) {
      if (!index.statements.has(id)) continue;
      const set = roles.get(id) ?? new Set();
      set.add(kind);
      roles.set(id, set);
    }
  }
  return roles;
}

/** The statements the filters keep (all of them when no filter is set). */
export function getFilterMatches(map: ArgumentMap, filters: ViewFilters): Set<string> {
  const kinds = new Set(filters.kinds);
  const tags = new Set(filters.tags);
  const roles = filters.relations.length > 0 ? getRelationRoles(map) : undefined;
  return new Set(map.statements.filter((s) =>
    (kinds.size === 0 || kinds.has(s.kind))
    && (tags.size === 0 || s.tags.some((t) => tags.has(t)))
    && (!roles || filters.relations.some((r) => roles.get(s.id)?.has(r))),
  ).map((s) => s.id));
}

/** Every tag in the map with how many statements carry it, most used first. */
export function getTagCounts(map: ArgumentMap): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of map.statements) for (const t of s.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

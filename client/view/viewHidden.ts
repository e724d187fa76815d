import type { ArgumentMap } from '../../core/model';
import { getCollapseView } from './collapse';
import { type ViewFilters, countFilters, getFilterMatches } from './filter';
import { getNeighbourhood } from './neighbourhood';

export const MIN_FOCUS_DEPTH = 1;
export const MAX_FOCUS_DEPTH = 5;
export const DEFAULT_FOCUS_DEPTH = 2;

/** This person's view of the map (this tab's); nothing here enters the document. */
export interface ViewSettings {
  /** The statements whose branch this person collapsed. */
  readonly collapsedIds: ReadonlySet<string>;
  /**
   * The collapsed statements of the presenter this tab follows, while it follows one: a
   * facilitator shares their view on purpose through present mode; otherwise null.
   */
  readonly sharedCollapse: ReadonlySet<string> | null;
  /** What focus mode centres on (statement or inference ids), or null when not focused. */
  readonly focusIds: readonly string[] | null;
  readonly focusDepth: number;
  readonly filters: ViewFilters;
}

export interface ViewHidden {
  /** Everything hidden: the union of the three below. */
  readonly hidden: ReadonlySet<string>;
  readonly byCollapse: ReadonlySet<string>;
  readonly byFocus: ReadonlySet<string>;
  readonly byFilter: ReadonlySet<string>;
  /** How many statements each collapsed statement hides. */
  readonly collapseCounts: ReadonlyMap<string, number>;
}

/** The collapse this tab shows: the followed presenter's, else this person's own. */
export const getShownCollapse = (settings: Pick<ViewSettings, 'collapsedIds' | 'sharedCollapse'>): ReadonlySet<string> =>
  settings.sharedCollapse ?? settings.collapsedIds;

const complement = (map: ArgumentMap, keep: ReadonlySet<string>) =>
  new Set(map.statements.filter((s) => !keep.has(s.id)).map((s) => s.id));

/**
 * What the view hides: collapsed branches, what lies outside the focus, what the filters drop.
 * The statement being edited is never hidden, so typing into a new one is not cut short.
 */
export function getViewHidden(map: ArgumentMap, settings: ViewSettings, editingId: string | null = null): ViewHidden {
  const collapse = getCollapseView(map, getShownCollapse(settings));
  const byFocus = settings.focusIds ? complement(map, getNeighbourhood(map, settings.focusIds, settings.focusDepth)) : new Set<string>();
  const byFilter = countFilters(settings.filters) > 0 ? complement(map, getFilterMatches(map, settings.filters)) : new Set<string>();
  const hidden = new Set([...collapse.hidden, ...byFocus, ...byFilter]);
  if (editingId) hidden.delete(editingId);
  return { hidden, byCollapse: collapse.hidden, byFocus, byFilter, collapseCounts: collapse.counts };
}

/** Why matches are hidden, one phrase per cause ("2 hidden by filters"); each match counted once. */
export function describeHiddenMatches(matches: readonly string[], view: ViewHidden): string[] {
  let collapsed = 0;
  let filtered = 0;
  let unfocused = 0;
  for (const id of matches) {
    if (!view.hidden.has(id)) continue;
    if (view.byFilter.has(id)) filtered++;
    else if (view.byCollapse.has(id)) collapsed++;
    else unfocused++;
  }
  return [
    filtered > 0 && `${filtered} hidden by filters`,
    collapsed > 0 && `${collapsed} in collapsed branches`,
    unfocused > 0 && `${unfocused} outside the focus`,
  ].filter((x): x is string => !!x);
}

export const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

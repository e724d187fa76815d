import type { ActionContext } from '../actions/action';
import type { MapStore } from '../store/mapStore';
import { hasBranch } from './collapse';
import { NO_FILTERS, type ViewFilters } from './filter';
import { MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from './viewHidden';
import { getViewStore, updateSearch } from './viewStore';

/** The commands behind the view's actions, buttons and badges. */

const fitSoon = (ctx: ActionContext) => setTimeout(ctx.fitView, 60);

/** Collapses (or expands) branches in this person's view only: nobody else's canvas changes. */
export function setCollapsed(store: MapStore, ids: readonly string[], collapsed: boolean): void {
  if (ids.length === 0) return;
  const view = getViewStore(store);
  const next = new Set(view.getState().collapsedIds);
  for (const id of ids) {
    if (collapsed) next.add(id);
    else next.delete(id);
  }
  view.setState({ collapsedIds: next });
}

/** Collapses the selected statements that have a branch; when all are collapsed already, expands them. */
export function toggleCollapse(ctx: ActionContext): void {
  const { map, selected } = ctx.store.state.getState();
  const mine = getViewStore(ctx.store).getState().collapsedIds;
  const chosen = map.statements.filter((s) => selected.has(s.id));
  const collapsible = chosen.filter((s) => !mine.has(s.id) && hasBranch(map, s.id));
  const expandable = chosen.filter((s) => mine.has(s.id));
  if (collapsible.length > 0) setCollapsed(ctx.store, collapsible.map((s) => s.id), true);
  else if (expandable.length > 0) setCollapsed(ctx.store, expandable.map((s) => s.id), false);
  else ctx.notify(chosen.length === 0 ? 'Select a statement to collapse the branch under it.' : 'Nothing supports or attacks this statement yet: there is no branch to collapse.');
}

/** Focus on the selection (or, with nothing selected, the thesis); again, to leave focus. */
export function toggleFocus(ctx: ActionContext): void {
  const view = getViewStore(ctx.store);
  if (view.getState().focusIds) return leaveFocus(ctx.store);
  const { map, selected } = ctx.store.state.getState();
  const ids = selected.size > 0 ? [...selected] : map.statements.filter((s) => s.kind === 'thesis').map((s) => s.id);
  if (ids.length === 0) return ctx.notify('Select a statement to focus on what is near it.');
  view.setState({ focusIds: ids });
  fitSoon(ctx);
}

export function leaveFocus(store: MapStore): void {
  getViewStore(store).setState({ focusIds: null });
}

export function changeFocusDepth(ctx: ActionContext, delta: number): void {
  const view = getViewStore(ctx.store);
  const depth = Math.min(MAX_FOCUS_DEPTH, Math.max(MIN_FOCUS_DEPTH, view.getState().focusDepth + delta));
  if (depth === view.getState().focusDepth) return;
  view.setState({ focusDepth: depth });
  if (view.getState().focusIds) fitSoon(ctx);
}

export function setFilters(store: MapStore, filters: ViewFilters): void {
  getViewStore(store).setState({ filters });
}

/** Leaves focus, clears the filters and expands every branch this person collapsed. */
export function showAll(store: MapStore): void {
  getViewStore(store).setState({ focusIds: null, filters: NO_FILTERS, collapsedIds: new Set() });
}

export function openSearch(store: MapStore): void {
  const view = getViewStore(store);
  updateSearch(view, { open: true, focusRequest: view.getState().search.focusRequest + 1 });
}

export function closeSearch(store: MapStore): void {
  updateSearch(getViewStore(store), { open: false, index: -1 });
}

export function setSearchQuery(store: MapStore, query: string): void {
  updateSearch(getViewStore(store), { query, index: -1 });
}

/** Selects a visible match and centres the canvas on it. */
export function goToMatch(store: MapStore, index: number): void {
  const view = getViewStore(store);
  const id = view.getState().visibleMatches[index];
  if (id === undefined) return;
  updateSearch(view, { index });
  store.select([id], { center: true });
}

/** The next (1) or previous (-1) match; the first step goes to the first or last one. */
export function stepSearch(store: MapStore, delta: 1 | -1): void {
  const { search, visibleMatches } = getViewStore(store).getState();
  if (!search.open) return openSearch(store);
  const n = visibleMatches.length;
  if (n === 0) return;
  goToMatch(store, search.index < 0 ? (delta > 0 ? 0 : n - 1) : (search.index + delta + n) % n);
}

/** Escape: closes the search first, then leaves focus mode. */
export function leaveView(store: MapStore): void {
  const view = getViewStore(store).getState();
  if (view.search.open) closeSearch(store);
  else if (view.focusIds) leaveFocus(store);
}

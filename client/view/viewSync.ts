import { type ArgumentMap, getRelations } from '../../core/model';
import type { MapStore } from '../store/mapStore';
import { getSearchMatches } from './search';
import { getViewHidden, sameSet, type ViewHidden } from './viewHidden';
import { createCollapseLayer, createSearchLayer } from './viewLayers';
import { goToMatch, setCollapsed } from './viewCommands';
import { getViewStore, updateSearch } from './viewStore';

/** Statements and inferences: what focus can centre on. */
const isFocusable = (map: ArgumentMap, id: string) => getRelations(map).statements.has(id) || getRelations(map).inferences.has(id);
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Keeps the map store's `hidden`, selection and decoration layers in step with the map and this
 * tab's view settings. The one place that computes what the view hides. Returns a disconnect.
 */
export function connectView(store: MapStore): () => void {
  const view = getViewStore(store);
  let hiddenInputs: readonly unknown[] = [];
  let hiddenResult: ViewHidden | undefined;
  let matchInputs: unknown[] = [];
  let matches: string[] = [];
  let collapseKey = '';
  let searchKey = '';

  const step = () => {
    const s = store.state.getState();
    const v = view.getState();
    // Focus follows the selection, so clicking at the edge of the focus walks the map.
    const focusable = v.focusIds ? [...s.selected].filter((id) => isFocusable(s.map, id)) : [];
    if (v.focusIds && focusable.length > 0 && !sameList(focusable, v.focusIds)) {
      view.setState({ focusIds: focusable });
      return;
    }
    const inputs = [s.map, v.collapsedIds, v.sharedCollapse, v.focusIds, v.focusDepth, v.filters, s.editingId];
    if (!hiddenResult || !sameList<unknown>(inputs, hiddenInputs)) {
      hiddenInputs = inputs;
      hiddenResult = getViewHidden(s.map, v, s.editingId);
    }
    const result = hiddenResult;
    if (!sameSet(result.hidden, s.hidden)) store.state.setState({ hidden: result.hidden });
    const stale = [...s.selected].filter((id) => result.hidden.has(id));
    if (stale.length > 0) store.state.setState({ selected: new Set([...s.selected].filter((id) => !result.hidden.has(id))) });

    if (s.map !== matchInputs[0] || v.search.query !== matchInputs[1]) {
      matchInputs = [s.map, v.search.query];
      matches = getSearchMatches(s.map, v.search.query);
    }
    const visibleMatches = matches.filter((id) => !result.hidden.has(id));
    const currentId = v.visibleMatches[v.search.index];
    if (v.view !== result || v.matches !== matches || !sameList(visibleMatches, v.visibleMatches)) {
      view.setState({ view: result, matches, visibleMatches });
    }
    const index = currentId === undefined ? -1 : visibleMatches.indexOf(currentId);
    if (index !== v.search.index) updateSearch(view, { index });

    const nextCollapseKey = JSON.stringify([...result.collapseCounts]);
    if (nextCollapseKey !== collapseKey) {
      collapseKey = nextCollapseKey;
      store.setLayer('collapse', createCollapseLayer(result.collapseCounts, (id) => setCollapsed(store, [id], false)));
    }
    const shown = v.search.open ? visibleMatches : [];
    const nextSearchKey = JSON.stringify([shown, index]);
    if (nextSearchKey !== searchKey) {
      searchKey = nextSearchKey;
      store.setLayer('search', createSearchLayer(shown, index, (i) => goToMatch(store, i)));
    }
  };

  // Writes made by a step notify the subscriptions again: run steps one after another until quiet.
  let running = false;
  let again = false;
  const schedule = () => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        step();
      } while (again);
    } finally {
      running = false;
    }
  };
  const offMap = store.state.subscribe((s, p) => {
    if (s.map !== p.map || s.selected !== p.selected || s.editingId !== p.editingId) schedule();
  });
  const offView = view.subscribe((s, p) => {
    if (
      s.collapsedIds !== p.collapsedIds || s.sharedCollapse !== p.sharedCollapse || s.focusIds !== p.focusIds ||
      s.focusDepth !== p.focusDepth || s.filters !== p.filters || s.search !== p.search
    ) schedule();
  });
  schedule();
  return () => {
    offMap();
    offView();
    store.setLayer('collapse', undefined);
    store.setLayer('search', undefined);
    store.state.setState({ hidden: new Set() });
  };
}

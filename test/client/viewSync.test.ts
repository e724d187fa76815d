import { afterEach, describe, expect, it } from 'vitest';
import { createDocFromMap } from '../../core/sync';
import { createMapStore, type MapStore } from '../../client/store/mapStore';
import { connectView } from '../../client/view/viewSync';
import { getViewStore } from '../../client/view/viewStore';
import { closeSearch, goToMatch, leaveView, openSearch, setCollapsed, setFilters, setSearchQuery, showAll, stepSearch } from '../../client/view/viewCommands';
import { NO_FILTERS } from '../../client/view/filter';
import { mapOf, sorted } from './viewFixtures';
import { sid, testStatement } from '../helpers/ids';


// The wiring between the map store and the view store, without a browser: what the hook does.
let disconnect = () => {};
afterEach(() => disconnect());

function open(): MapStore {
  const map = mapOf(['i1: a -> t', 'i2: b -> a', 'i3: c -> b', 'i4: e -x t'], [], [
    testStatement({ id: 't', text: 'The thesis', kind: 'thesis' }),
    testStatement({ id: 'a', text: 'A reason' }),
    testStatement({ id: 'b', text: 'A deeper reason' }),
    testStatement({ id: 'c', text: 'Deepest reason', kind: 'evidence' }),
    testStatement({ id: 'e', text: 'An objection', kind: 'evidence' }),
  ]);
  const store = createMapStore('m', createDocFromMap(map));
  disconnect = connectView(store);
  return store;
}
const hidden = (store: MapStore) => sorted(store.state.getState().hidden);

describe('connectView', () => {
  it('hides collapsed branches, badges the collapsed statement, and shows them again on expand', () => {
    const store = open();
    setCollapsed(store, ['a'], true);
    expect(hidden(store)).toEqual(['b', 'c']);
    const badge = store.state.getState().layers.collapse.badges!.get('a')![0];
    expect(badge.text).toBe('+2 hidden');
    badge.onClick!();
    expect(hidden(store)).toEqual([]);
    expect(store.state.getState().layers.collapse).toBeUndefined();
  });

  it('drops hidden statements from the selection, so Delete never removes what cannot be seen', () => {
    const store = open();
    store.select(['a', 'c']);
    setCollapsed(store, ['a'], true);
    expect(sorted(store.state.getState().selected)).toEqual(['a']);
  });

  it('focus follows the selection and ignores ids it cannot centre on', () => {
    const store = open();
    const view = getViewStore(store);
    store.select(['c']);
    view.setState({ focusIds: ['c'], focusDepth: 1 });
    expect(hidden(store)).toEqual(['a', 'e', 't']);
    store.select(['t']);
    expect(view.getState().focusIds).toEqual(['t']);
    expect(hidden(store)).toEqual(['b', 'c']);
    store.select(['not-a-statement']);
    expect(view.getState().focusIds).toEqual(['t']);
    leaveView(store);
    expect(hidden(store)).toEqual([]);
  });

  it('keeps the statement being edited visible whatever the filters say', () => {
    const store = open();
    setFilters(store, { ...NO_FILTERS, kinds: ['evidence'] });
    expect(hidden(store)).toEqual(['a', 'b', 't']);
    store.state.setState({ editingId: sid('a') });
    expect(hidden(store)).toEqual(['b', 't']);
  });

  it('steps through visible matches only, wraps around, and clears its layer when closed', () => {
    const store = open();
    openSearch(store);
    setSearchQuery(store, 'REASON');
    const view = getViewStore(store);
    expect(view.getState().visibleMatches).toEqual(['a', 'b', 'c']);
    setFilters(store, { ...NO_FILTERS, kinds: ['claim'] });
    expect(view.getState().visibleMatches).toEqual(['a', 'b']);
    stepSearch(store, 1);
    stepSearch(store, 1);
    expect([...store.state.getState().selected]).toEqual(['b']);
    expect(store.state.getState().layers.search.classes!.get('b')).toBe('search-match search-current');
    stepSearch(store, 1);
    expect([...store.state.getState().selected]).toEqual(['a']);
    stepSearch(store, -1);
    expect(view.getState().search.index).toBe(1);
    closeSearch(store);
    expect(store.state.getState().layers.search).toBeUndefined();
  });

  it('keeps the current match when the list changes around it', () => {
    const store = open();
    openSearch(store);
    setSearchQuery(store, 'reason');
    goToMatch(store, 2);
    expect([...store.state.getState().selected]).toEqual(['c']);
    setFilters(store, { ...NO_FILTERS, kinds: ['evidence'] });
    expect(getViewStore(store).getState().search.index).toBe(0);
  });

  it('Show all leaves focus, clears filters and expands collapsed branches', () => {
    const store = open();
    setCollapsed(store, ['a'], true);
    setFilters(store, { ...NO_FILTERS, kinds: ['evidence'] });
    getViewStore(store).setState({ focusIds: ['e'] });
    showAll(store);
    expect(hidden(store)).toEqual([]);
    expect(getViewStore(store).getState().collapsedIds.size).toBe(0);
  });

  it('collapse is personal: it never writes to the document, so another person on the map still sees the branch', () => {
    const store = open();
    const other = createMapStore('m', store.doc);
    const stopOther = connectView(other);
    try {
      let updates = 0;
      store.doc.on('update', () => updates++);
      setCollapsed(store, ['a'], true);
      expect(hidden(store)).toEqual(['b', 'c']);
      expect(hidden(other)).toEqual([]);
      expect(updates).toBe(0);
      expect(store.state.getState().map.statements.some((s) => s.collapsed)).toBe(false);
      // Undo has nothing of it: a collapse is a way of looking, not an edit.
      expect(store.undoManager.undoStack).toHaveLength(0);
    } finally {
      stopOther();
      other.destroy();
    }
  });

  it('a presenter’s shared collapse replaces one’s own while following, and one’s own comes back after', () => {
    const store = open();
    setCollapsed(store, ['b'], true);
    expect(hidden(store)).toEqual(['c']);
    getViewStore(store).setState({ sharedCollapse: new Set(['t']) });
    expect(hidden(store)).toEqual(['a', 'b', 'c', 'e']);
    getViewStore(store).setState({ sharedCollapse: null });
    expect(hidden(store)).toEqual(['c']);
  });
});

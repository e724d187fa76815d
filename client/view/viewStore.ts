import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapStore } from '../store/mapStore';
import { NO_FILTERS } from './filter';
import { DEFAULT_FOCUS_DEPTH, type ViewHidden, type ViewSettings } from './viewHidden';

export interface SearchState {
  readonly open: boolean;
  readonly query: string;
  /** The current match among the visible ones; -1 before the first step. */
  readonly index: number;
  /** Bumped to ask the search box to take the keyboard focus again. */
  readonly focusRequest: number;
}

/** This tab's view settings, and what useViewState derived from them and the map. */
export interface ViewState extends ViewSettings {
  readonly search: SearchState;
  readonly view: ViewHidden;
  /** Every search match, in reading order, hidden or not. */
  readonly matches: readonly string[];
  /** The matches shown on the canvas: the ones search steps through. */
  readonly visibleMatches: readonly string[];
}

const EMPTY = new Set<string>();

function createViewStore(): StoreApi<ViewState> {
  return createStore<ViewState>(() => ({
    collapsedIds: EMPTY,
    sharedCollapse: null,
    focusIds: null,
    focusDepth: DEFAULT_FOCUS_DEPTH,
    filters: NO_FILTERS,
    search: { open: false, query: '', index: -1, focusRequest: 0 },
    view: { hidden: EMPTY, byCollapse: EMPTY, byFocus: EMPTY, byFilter: EMPTY, collapseCounts: new Map() },
    matches: [],
    visibleMatches: [],
  }));
}

const stores = new WeakMap<MapStore, StoreApi<ViewState>>();

/** The view store of an open map, created on first use; it lives as long as the map store. */
export function getViewStore(store: MapStore): StoreApi<ViewState> {
  let view = stores.get(store);
  if (!view) {
    view = createViewStore();
    stores.set(store, view);
  }
  return view;
}

export function updateSearch(view: StoreApi<ViewState>, patch: Partial<SearchState>): void {
  view.setState((s) => ({ search: { ...s.search, ...patch } }));
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Awareness } from 'y-protocols/awareness';

/** This tab's presence UI state: whom it follows, whether the name dialog is open. */
export interface PresenceUi {
  readonly following: number | null;
  readonly nameDialog: boolean;
}

const stores = new WeakMap<Awareness, StoreApi<PresenceUi>>();

/** One UI store per open map (keyed by its awareness), shared by the toolbar and the canvas. */
export function getPresenceUi(awareness: Awareness): StoreApi<PresenceUi> {
  let store = stores.get(awareness);
  if (!store) {
    store = createStore<PresenceUi>(() => ({ following: null, nameDialog: false }));
    stores.set(awareness, store);
  }
  return store;
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Awareness } from 'y-protocols/awareness';
import { shouldAskName } from './identity';

/**
 * This tab's presence UI state: whom it follows, and the name card: `asked` on a first visit
 * (it waits quietly, without the keyboard), `open` when the person clicked their avatar.
 */
export interface PresenceUi {
  readonly following: number | null;
  readonly nameDialog: 'closed' | 'asked' | 'open';
}

const stores = new WeakMap<Awareness, StoreApi<PresenceUi>>();

/** One UI store per open map (keyed by its awareness), shared by the toolbar and the canvas. */
export function getPresenceUi(awareness: Awareness): StoreApi<PresenceUi> {
  let store = stores.get(awareness);
  if (!store) {
    store = createStore<PresenceUi>(() => ({ following: null, nameDialog: shouldAskName() ? 'asked' : 'closed' }));
    stores.set(awareness, store);
  }
  return store;
}

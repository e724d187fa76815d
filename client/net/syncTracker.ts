import type * as Y from 'yjs';
import type { SyncProvider } from './syncProvider';
import { onDocChange } from '../../core/sync';

export type SyncStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface SyncState {
  readonly status: SyncStatus;
  /** Local edits the server has not confirmed yet (kept across reloads). */
  readonly unsynced: number;
  /** The server's reason when it refused this tab's writes (a view-only or comment-only link). */
  readonly refused: string | null;
  /** The server holds this tab's edits but cannot store them yet (its database is unreachable). */
  readonly savingPaused: boolean;
}

export interface SyncTracker {
  get(): SyncState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Follows a map's connection: connected / reconnecting / offline, and how many local edits
 * have not reached the server.
 *
 * Counting: every local update made while the socket is not open and synced adds one (the
 * count is kept in localStorage, so a reload while offline still knows). After a reconnect the
 * client's reply to the server's sync step 1 carries those edits; the server's sync step 2 can
 * arrive before it has applied them, so once synced we send one more step 1 (a probe): the
 * server handles messages in order, so its step 2 answer to the probe means everything sent
 * before was applied, and the count goes back to zero.
 */
export function trackSync(mapId: string, doc: Y.Doc, provider: SyncProvider, localOrigin: unknown): SyncTracker {
  const key = `warrant:unsynced:${mapId}`;
  const listeners = new Set<() => void>();
  let everConnected = false;
  let probed = 0;

  const statusNow = (): SyncStatus => {
    if (provider.isConnected()) return 'connected';
    if (!navigator.onLine) return 'offline';
    return everConnected ? 'reconnecting' : 'connecting';
  };

  let state: SyncState = { status: statusNow(), unsynced: Number(localStorage.getItem(key)) || 0, refused: null, savingPaused: false };

  const set = (patch: Partial<SyncState>) => {
    const next = { ...state, ...patch };
    if (next.status === state.status && next.unsynced === state.unsynced && next.refused === state.refused && next.savingPaused === state.savingPaused) return;
    if (next.unsynced !== state.unsynced) {
      if (next.unsynced > 0) localStorage.setItem(key, String(next.unsynced));
      else localStorage.removeItem(key);
    }
    state = next;
    listeners.forEach((l) => l());
  };
  const onStatus = (connected: boolean) => {
    if (connected) everConnected = true;
    else probed = 0;
    // A server (this one again, or another instance) says so on joining if saving is still paused.
    set({ status: statusNow(), ...(!connected && { savingPaused: false }) });
  };
  const onNet = () => set({ status: statusNow() });
  const onChange = (origin: unknown) => {
    if (origin === provider.origin || origin === localOrigin) return;
    if (!provider.isSynced()) set({ unsynced: state.unsynced + 1 });
  };
  const onSynced = (synced: boolean) => {
    if (synced && state.unsynced > 0 && provider.sendSyncProbe()) probed = state.unsynced;
  };
  // The answer to the probe (or to the step 1 of connecting, when nothing was pending).
  const onStep2 = () => {
    if (probed === 0) return;
    set({ unsynced: Math.max(0, state.unsynced - probed) });
    probed = 0;
  };

  const stops = [
    provider.on('status', onStatus),
    provider.on('sync', onSynced),
    provider.on('syncStep2', onStep2),
    provider.on('refused', (reason) => set({ refused: reason })),
    provider.on('savingPaused', (paused) => set({ savingPaused: paused })),
  ];
  const stopChanges = onDocChange(doc, onChange);
  window.addEventListener('online', onNet);
  window.addEventListener('offline', onNet);
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      stops.forEach((stop) => stop());
      stopChanges();
      window.removeEventListener('online', onNet);
      window.removeEventListener('offline', onNet);
      listeners.clear();
    },
  };
}

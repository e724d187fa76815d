import * as Y from 'yjs';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import { migrateDoc } from '../../core/sync';
import { getParticipantKey } from '../workshop/participant';
import { getPageToken } from './api';
import { registerOfflineShell } from './offlineShell';
import { reconnectWithJitter } from './reconnect';
import { type SyncProvider, createSyncProvider } from './syncProvider';
import { type SyncTracker, trackSync } from './syncTracker';

export type { SyncStatus } from './syncTracker';

const LOCAL_READ_TIMEOUT_MS = 3000;
const IDLE_TIMEOUT_MS = 3000;

/** Runs `f` when the page is next idle (after the map is drawn), at the latest after IDLE_TIMEOUT_MS; returns a cancel. */
function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(f, 1000);
    return () => clearTimeout(t);
  }
  const id = requestIdleCallback(f, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(id);
}

export interface MapConnection {
  readonly doc: Y.Doc;
  /** The server connection (client/net/syncProvider.ts, the only code that touches y-websocket). */
  readonly provider: SyncProvider;
  readonly local: IndexeddbPersistence;
  /** Connection status and unsynced local edits. */
  readonly sync: SyncTracker;
  /**
   * Settles once the local copy is read and brought to the current map format (only then does
   * the connection start); a copy written by a newer Warrant is refused, never synced.
   */
  readonly ready: Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }>;
  destroy(): void;
}

/** The sync endpoint of this page's server: ws(s)://host/sync. */
export function syncUrl(): string {
  const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${window.location.host}/sync`;
}

/**
 * The socket parameters of this page: its share token, when opened from a share link, and the
 * participant key the server derives this browser's participant id from (whose comments and
 * ratings a comment link may change).
 */
export function getShareParams(): Record<string, string> {
  const token = getPageToken();
  const participant = getParticipantKey();
  return token ? { token, participant } : { participant };
}

/**
 * Opens a map: a local copy in IndexedDB (so a reload while offline still shows it, and edits
 * made offline are kept) and the server connection, which reconnects with jitter.
 */
export function openMapConnection(mapId: string, params: Record<string, string> = getShareParams()): MapConnection {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`warrant:${mapId}`, doc);
  const provider = createSyncProvider(syncUrl(), mapId, doc, { params });
  const sync = trackSync(mapId, doc, provider, local);
  // The server's state is stored in the local copy once applied, as one update, after the first
  // paint (syncProvider.ts): not encoded update by update while the map is opening.
  let cancelStoring = () => {};
  const stopDeferring = [
    provider.on('syncStep2', () => doc.off('update', local._storeUpdate)),
    provider.on('stateApplied', () => {
      doc.on('update', local._storeUpdate);
      cancelStoring();
      cancelStoring = whenIdle(() => void storeState(local));
    }),
  ];
  let destroyed = false;
  let stopReconnecting = () => {};
  // A browser whose IndexedDB does not answer still gets the map from the server.
  const localRead = Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_READ_TIMEOUT_MS))]);
  const ready = localRead.then(() => {
    const migrated = migrateDoc(doc);
    if (!migrated.ok) return { ok: false as const, message: migrated.message };
    if (!destroyed) stopReconnecting = reconnectWithJitter(provider);
    return { ok: true as const };
  });
  registerOfflineShell();
  return {
    doc,
    provider,
    local,
    sync,
    ready,
    destroy() {
      destroyed = true;
      stopReconnecting();
      stopDeferring.forEach((stop) => stop());
      cancelStoring();
      sync.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

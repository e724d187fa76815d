import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { migrateDoc } from '../../core/sync';
import { getReconnectDelay } from './backoff';
import { getParticipantKey } from '../workshop/participant';
import { getPageToken } from './api';
import { registerOfflineShell } from './offlineShell';
import { type SyncClose, type SyncProvider, createSyncProvider, isFinalClose } from './syncProvider';
import { type SyncTracker, trackSync } from './syncTracker';

export type { SyncStatus } from './syncTracker';

const LOCAL_READ_TIMEOUT_MS = 3000;

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
      sync.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

/**
 * Takes reconnecting over from y-websocket, whose backoff has no jitter: after a server restart
 * or a network drop, twenty clients would all come back in the same millisecond. The first
 * connect waits a random moment too. While the browser says it is offline the socket is closed
 * at once (an open socket would otherwise look connected for up to 30 s while nothing gets
 * through) and no attempt is made until it is back online.
 */
function reconnectWithJitter(provider: SyncProvider): () => void {
  let attempt = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connectIn = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped && navigator.onLine) provider.connect();
    }, ms);
  };
  const onClose = ({ code }: SyncClose) => {
    if (stopped) return;
    // 4400–4499: the server's final word (bad or revoked link, deleted map).
    if (isFinalClose(code)) return void (stopped = true);
    if (navigator.onLine) connectIn(getReconnectDelay(attempt++));
  };
  const onSync = (synced: boolean) => {
    if (synced) attempt = 0;
  };
  const onOffline = () => {
    clearTimeout(timer);
    provider.disconnect();
  };
  const onOnline = () => {
    attempt = 0;
    connectIn(getReconnectDelay(0));
  };
  const stops = [provider.on('close', onClose), provider.on('sync', onSync)];
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  connectIn(Math.random() * 150);
  return () => {
    stopped = true;
    clearTimeout(timer);
    stops.forEach((stop) => stop());
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  };
}

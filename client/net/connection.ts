import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';

export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'closed';

export interface MapConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly local: IndexeddbPersistence;
  destroy(): void;
}

/** The sync endpoint of this page's server: ws(s)://host/sync. */
export function syncUrl(): string {
  const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${window.location.host}/sync`;
}

/**
 * Opens a map: a local copy in IndexedDB (so a reload while offline still shows it) and the
 * server connection. The first connect waits a random moment so that after a server restart
 * twenty clients do not all come back in the same millisecond.
 */
export function openMapConnection(mapId: string, params: Record<string, string> = {}): MapConnection {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`warrant:${mapId}`, doc);
  const provider = new WebsocketProvider(syncUrl(), mapId, doc, { connect: false, params, maxBackoffTime: 4000 });
  const timer = setTimeout(() => provider.connect(), Math.random() * 150);
  return {
    doc,
    provider,
    local,
    destroy() {
      clearTimeout(timer);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

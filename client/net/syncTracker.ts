import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as authProtocol from 'y-protocols/auth';
import { AUTH_SAVING_STATE } from '../../core/sync/savingState';

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

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;

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
export function trackSync(mapId: string, doc: Y.Doc, provider: WebsocketProvider, localOrigin: unknown): SyncTracker {
  const key = `warrant:unsynced:${mapId}`;
  const listeners = new Set<() => void>();
  let everConnected = false;
  let probed = 0;

  const statusNow = (): SyncStatus => {
    if (provider.wsconnected) return 'connected';
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
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') everConnected = true;
    else probed = 0;
    // A server (this one again, or another instance) says so on joining if saving is still paused.
    set({ status: statusNow(), ...(status !== 'connected' && { savingPaused: false }) });
  };
  const onNet = () => set({ status: statusNow() });
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === localOrigin) return;
    if (!(provider.wsconnected && provider.synced)) set({ unsynced: state.unsynced + 1 });
  };
  const sendProbe = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
    probed = state.unsynced;
  };
  const onSynced = (synced: boolean) => {
    if (synced && state.unsynced > 0) sendProbe();
  };

  const handlers = provider.messageHandlers;
  const originalSync = handlers[MESSAGE_SYNC];
  handlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    // Read before handling: the handler itself may mark the provider synced and send the probe.
    const awaitingProbe = probed > 0;
    const subtype = decoding.peekVarUint(decoder);
    originalSync(encoder, decoder, p, emitSynced, type);
    if (awaitingProbe && subtype === syncProtocol.messageYjsSyncStep2) {
      set({ unsynced: Math.max(0, state.unsynced - probed) });
      probed = 0;
    }
  };
  handlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    const subtype = decoding.peekVarUint(decoder);
    if (subtype !== AUTH_SAVING_STATE) return authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => set({ refused: reason }));
    decoding.readVarUint(decoder);
    set({ savingPaused: decoding.readVarUint(decoder) === 1 });
  };

  provider.on('status', onStatus);
  provider.on('sync', onSynced);
  doc.on('update', onUpdate);
  window.addEventListener('online', onNet);
  window.addEventListener('offline', onNet);
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      provider.off('status', onStatus);
      provider.off('sync', onSynced);
      doc.off('update', onUpdate);
      window.removeEventListener('online', onNet);
      window.removeEventListener('offline', onNet);
      listeners.clear();
    },
  };
}

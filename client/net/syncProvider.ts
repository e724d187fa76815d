import type * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as authProtocol from 'y-protocols/auth';
import { AUTH_SAVING_STATE } from '../../core/sync/savingState';

/**
 * The one module that touches y-websocket. Everything else in the client talks to this small
 * interface, so the provider's internals (its message handlers, `shouldConnect`, `ws`) are used
 * in one place, where the contract test (test/client/syncProvider.test.ts) runs them against
 * the real server over a real socket.
 *
 * Two things y-websocket has no public API for, and so are patched here:
 * - its sync handler is wrapped, to see the server's sync step 2 (the answer to our probe, see
 *   syncTracker) and its auth handler replaced, to read the server's refusals and saving state;
 * - its own retry is turned off after each close (`shouldConnect = false`): the client
 *   reconnects with jitter itself (connection.ts), which y-websocket's backoff lacks.
 */

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;

/** What a close code from the server means (server/protocol sends them; docs/api.md lists them). */
export type CloseKind = 'auth' | 'forbidden' | 'version' | 'damaged' | 'rate' | 'final' | 'dropped';

/** 4401 bad link, 4403 link for another map or revoked, 4426 newer map format, 4422 damaged map, 4429/4529 too much traffic; other 44xx final. */
export function getCloseKind(code: number): CloseKind {
  if (code === 4401) return 'auth';
  if (code === 4403) return 'forbidden';
  if (code === 4426) return 'version';
  if (code === 4422) return 'damaged';
  if (code === 4429 || code === 4529) return 'rate';
  return code >= 4400 && code < 4500 ? 'final' : 'dropped';
}

/** A close is final when the server said not to come back (4400–4499): the link or map is the problem, not the network. */
export const isFinalClose = (code: number): boolean => code >= 4400 && code < 4500;

export interface SyncClose {
  readonly code: number;
  readonly reason: string;
  readonly kind: CloseKind;
}

export interface SyncProviderEvents {
  /** The socket opened (true) or closed (false). */
  status: (connected: boolean) => void;
  /** The first exchange after connecting is done (true), or the socket closed (false). */
  sync: (synced: boolean) => void;
  close: (close: SyncClose) => void;
  /** A sync step 2 from the server arrived (told before it is applied): it answers every step 1 sent before it. */
  syncStep2: () => void;
  /**
   * That step 2 is applied. While it was, no 'update' event was encoded for it (it is the server's
   * own state, nothing to send back): a local copy that stores updates stores the state now.
   */
  stateApplied: () => void;
  /** The server refused this connection's writes (a view or comment link), with its reason. */
  refused: (reason: string) => void;
  savingPaused: (paused: boolean) => void;
}

export interface SyncProvider {
  readonly awareness: Awareness;
  /** The origin of the updates the server sent (for telling them from local edits). */
  readonly origin: unknown;
  isConnected(): boolean;
  isSynced(): boolean;
  connect(): void;
  disconnect(): void;
  /** Sends a sync step 1 now; the server's `syncStep2` answer means all sent before was applied. */
  sendSyncProbe(): boolean;
  on<K extends keyof SyncProviderEvents>(event: K, listener: SyncProviderEvents[K]): () => void;
  destroy(): void;
}

export interface SyncProviderOptions {
  readonly params?: Record<string, string>;
  /** Node has no WebSocket global in older versions; tests pass the `ws` package. */
  readonly WebSocket?: typeof globalThis.WebSocket;
}

/** A provider for one map's room at `url` (ws(s)://host/sync); it does not connect until asked. */
export function createSyncProvider(url: string, room: string, doc: Y.Doc, options: SyncProviderOptions = {}): SyncProvider {
  const provider = new WebsocketProvider(url, room, doc, {
    connect: false,
    params: options.params ?? {},
    disableBc: true,
    ...(options.WebSocket && { WebSocketPolyfill: options.WebSocket }),
  });
  const listeners: { [K in keyof SyncProviderEvents]: Set<SyncProviderEvents[K]> } = {
    status: new Set(), sync: new Set(), close: new Set(), syncStep2: new Set(), stateApplied: new Set(), refused: new Set(), savingPaused: new Set(),
  };
  const emit = <K extends keyof SyncProviderEvents>(event: K, ...args: Parameters<SyncProviderEvents[K]>) =>
    listeners[event].forEach((l) => (l as (...a: typeof args) => void)(...args));

  const handlers = provider.messageHandlers;
  const originalSync = handlers[MESSAGE_SYNC];
  handlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    // Told before it is handled: handling the first step 2 marks the provider synced, and what
    // listeners do on 'sync' (send a probe) must not be taken as answered by this same message.
    if (decoding.peekVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) return originalSync(encoder, decoder, p, emitSynced, type);
    emit('syncStep2');
    // The server's state (the whole map on opening it) is applied with no listener on 'update'
    // (listeners of 'syncStep2' take theirs off too), so Yjs does not encode it all again for
    // an event whose bytes would only go back where they came from.
    doc.off('update', provider._updateHandler);
    try {
      originalSync(encoder, decoder, p, emitSynced, type);
    } finally {
      doc.on('update', provider._updateHandler);
      emit('stateApplied');
    }
  };
  handlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.peekVarUint(decoder) !== AUTH_SAVING_STATE) return authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => emit('refused', reason));
    decoding.readVarUint(decoder);
    emit('savingPaused', decoding.readVarUint(decoder) === 1);
  };

  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected' || status === 'disconnected') emit('status', status === 'connected');
  };
  const onSync = (synced: boolean) => emit('sync', synced);
  const onClose = (event: CloseEvent | null) => {
    // Reconnecting is the caller's (with jitter); this stops y-websocket's own scheduled retry.
    provider.shouldConnect = false;
    const code = event?.code ?? 1006;
    emit('close', { code, reason: event?.reason ?? '', kind: getCloseKind(code) });
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);

  return {
    awareness: provider.awareness,
    origin: provider,
    isConnected: () => provider.wsconnected,
    isSynced: () => provider.wsconnected && provider.synced,
    connect: () => provider.connect(),
    disconnect: () => provider.disconnect(),
    sendSyncProbe() {
      const ws = provider.ws;
      if (!ws || ws.readyState !== ws.OPEN) return false;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
      return true;
    },
    on(event, listener) {
      listeners[event].add(listener as never);
      return () => void listeners[event].delete(listener as never);
    },
    destroy() {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      Object.values(listeners).forEach((s) => s.clear());
      provider.destroy();
    },
  };
}

import { getReconnectDelay } from './backoff';
import { type SyncClose, type SyncProvider, isFinalClose } from './syncProvider';

/** What reconnecting needs from the browser: whether it is online, and word when that changes. */
export interface NetworkSignals {
  isOnline(): boolean;
  /** Calls `offline` / `online` when the browser says so; returns the unsubscribe. */
  watch(offline: () => void, online: () => void): () => void;
}

export const browserNetwork: NetworkSignals = {
  isOnline: () => navigator.onLine,
  watch(offline, online) {
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  },
};

/**
 * What a person is told when the server closes the map for good (a close 4400–4499: a bad,
 * revoked or wrong link, a map written by a newer Warrant, a damaged map, writes the link may not
 * make): the server's own sentence, which names the problem. Undefined for every other close,
 * after which the client reconnects and the status shows "reconnecting".
 */
export function getCloseMessage(close: SyncClose): string | undefined {
  if (!isFinalClose(close.code)) return undefined;
  return close.reason || 'This map cannot be opened.';
}

/**
 * Takes reconnecting over from y-websocket, whose backoff has no jitter: after a server restart
 * or a network drop, twenty clients would all come back in the same millisecond. The first
 * connect waits a random moment too. While the browser says it is offline the socket is closed
 * at once (an open socket would otherwise look connected for up to 30 s while nothing gets
 * through) and no attempt is made until it is back online. A final close stops it for good.
 */
export function reconnectWithJitter(provider: SyncProvider, network: NetworkSignals = browserNetwork): () => void {
  let attempt = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connectIn = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped && network.isOnline()) provider.connect();
    }, ms);
  };
  const onClose = (close: SyncClose) => {
    if (stopped) return;
    // 4400–4499: the server's final word (bad or revoked link, deleted map).
    if (isFinalClose(close.code)) return void (stopped = true);
    if (network.isOnline()) connectIn(getReconnectDelay(attempt++));
  };
  const onSync = (synced: boolean) => {
    if (synced) attempt = 0;
  };
  const stops = [
    provider.on('close', onClose),
    provider.on('sync', onSync),
    network.watch(
      () => {
        clearTimeout(timer);
        provider.disconnect();
      },
      () => {
        attempt = 0;
        connectIn(getReconnectDelay(0));
      },
    ),
  ];
  connectIn(Math.random() * 150);
  return () => {
    stopped = true;
    clearTimeout(timer);
    stops.forEach((stop) => stop());
  };
}

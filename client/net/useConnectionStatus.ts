import { useEffect, useState } from 'react';
import type { MapConnection } from './connection';

export type SyncStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Connected / reconnecting / offline, and whether local edits have not reached the server yet. */
export function useConnectionStatus(conn: MapConnection | null): { status: SyncStatus; unsynced: boolean } {
  const [status, setStatus] = useState<SyncStatus>('connecting');
  const [unsynced, setUnsynced] = useState(false);
  useEffect(() => {
    if (!conn) return;
    let everConnected = false;
    const onStatus = ({ status: s }: { status: string }) => {
      if (s === 'connected') everConnected = true;
      setStatus(s === 'connected' ? 'connected' : !navigator.onLine ? 'offline' : everConnected ? 'reconnecting' : 'connecting');
    };
    const onSync = (synced: boolean) => setUnsynced(!synced);
    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin !== conn.provider && !conn.provider.wsconnected) setUnsynced(true);
    };
    const onNet = () => onStatus({ status: conn.provider.wsconnected ? 'connected' : 'disconnected' });
    conn.provider.on('status', onStatus);
    conn.provider.on('sync', onSync);
    conn.doc.on('update', onUpdate);
    window.addEventListener('online', onNet);
    window.addEventListener('offline', onNet);
    return () => {
      conn.provider.off('status', onStatus);
      conn.provider.off('sync', onSync);
      conn.doc.off('update', onUpdate);
      window.removeEventListener('online', onNet);
      window.removeEventListener('offline', onNet);
    };
  }, [conn]);
  return { status, unsynced };
}

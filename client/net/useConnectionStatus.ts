import { useSyncExternalStore } from 'react';
import type { MapConnection } from './connection';
import type { SyncStatus } from './syncTracker';

export type { SyncStatus } from './syncTracker';

/** Connected / reconnecting / offline, and whether local edits have not reached the server yet. */
export function useConnectionStatus(conn: MapConnection): { status: SyncStatus; unsynced: boolean; refused: string | null } {
  const state = useSyncExternalStore(conn.sync.subscribe, conn.sync.get);
  return { status: state.status, unsynced: state.unsynced > 0, refused: state.refused };
}

import { useSyncExternalStore } from 'react';
import type { MapConnection } from './connection';
import type { SyncStatus } from './syncTracker';

export type { SyncStatus } from './syncTracker';

export interface ConnectionStatus {
  readonly status: SyncStatus;
  /** Local edits have not reached the server yet. */
  readonly unsynced: boolean;
  readonly refused: string | null;
  /** The server has the edits but cannot store them yet (its database is unreachable). */
  readonly savingPaused: boolean;
}

/** Connected / reconnecting / offline, whether local edits have not reached the server yet, and whether it can store them. */
export function useConnectionStatus(conn: MapConnection): ConnectionStatus {
  const state = useSyncExternalStore(conn.sync.subscribe, conn.sync.get);
  return { status: state.status, unsynced: state.unsynced > 0, refused: state.refused, savingPaused: state.status === 'connected' && state.savingPaused };
}

import type { LinkStore } from './links';
import type { VersionStore } from './versions';

export interface RoomRow {
  readonly id: string;
  readonly title: string;
  readonly statementCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
  /** Set once a deleted room's content is gone for good; the row stays so a seed is not re-seeded. */
  readonly purgedAt: string | null;
}

/** One entry of a room's update log, as written. */
export interface StoredUpdate {
  readonly room: string;
  readonly update: Uint8Array;
}

/** The same methods, answering with promises. */
export type Async<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K] };

export type Versions = Async<VersionStore>;
export type Links = Async<LinkStore>;

export interface StoreHealth {
  readonly ok: boolean;
  /** What a person reading /health should know, e.g. "connected" or the last error. */
  readonly detail: string;
}

/**
 * Where documents live: SQLite (one process, the default) or PostgreSQL (several instances).
 * Every method is asynchronous; the room pipeline awaits a write before it shares the update.
 */
export interface Persistence {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * True when this process is the store's only writer (SQLite): a loaded room's document then
   * holds every stored update of the room, so its state may replace the whole log.
   */
  readonly exclusive: boolean;
  getRoom(id: string): Promise<RoomRow | undefined>;
  listRooms(includeDeleted?: boolean): Promise<RoomRow[]>;
  /** Deleted rooms that can still be restored, most recently deleted first. */
  listDeleted(): Promise<RoomRow[]>;
  /** Creates a room holding `state`; false (and nothing written) when the id exists already. */
  createRoom(id: string, title: string, statementCount: number, state: Uint8Array): Promise<boolean>;
  setSummary(id: string, title: string, statementCount: number): Promise<void>;
  setDeleted(id: string, deleted: boolean): Promise<void>;
  /** Appends updates (of any rooms) in one transaction, in the given order. */
  appendUpdates(batch: readonly StoredUpdate[]): Promise<void>;
  /** The room's log in write order (a compacted snapshot first). */
  loadUpdates(room: string): Promise<Uint8Array[]>;
  /** Replaces the whole log by one state: only for exclusive stores, with a state holding every stored update. */
  replaceUpdates(room: string, state: Uint8Array): Promise<void>;
  /**
   * Replaces the log entries stored now by `merge(entries)`, deleting exactly those entries:
   * entries written meanwhile (by any process) stay, so concurrent compactions lose nothing.
   */
  compactStored(room: string, merge: (updates: Uint8Array[]) => Uint8Array): Promise<void>;
  /** Replaces a damaged room's whole log by `state` (a saved version), whatever the log holds. */
  resetLog(room: string, state: Uint8Array): Promise<void>;
  /** Drops content, versions and links of rooms deleted before `cutoff` (ISO time), keeping tombstones; returns their ids. */
  purgeDeleted(cutoff: string): Promise<string[]>;
  readonly versions: Versions;
  readonly links: Links;
  /** Gives disk space back when rooms unload and at startup (SQLite truncates its WAL). */
  checkpoint(): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

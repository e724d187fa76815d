import * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { getDocParts, readMap } from '../core/sync';
import { createRoomSeeder } from './persistence/roomSeeds';
import type { Store } from './persistence/store';

/** A connection's hooks, as a room sees it. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** Closes the connection with a WebSocket close code and a reason for the person using it. */
  close(code: number, reason: string): void;
  /** Awareness client ids this connection controls, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** The share link the connection came in with (absent when the server is open or for the admin). */
  readonly linkId?: string;
}

/** The origin of changes the server itself makes (e.g. a rename through the API). */
export const SERVER_ORIGIN = 'warrant:server';

export interface Room {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly peers: Set<RoomPeer>;
}

export interface RoomManagerOptions {
  readonly store: Store;
  /** Folder of seed maps: `<mapsDir>/<id>.json` seeds room `<id>` once. */
  readonly mapsDir: string;
  /** Compact a room's update log once it has this many entries. */
  readonly compactAfter?: number;
  readonly onBroadcast: (room: Room, update: Uint8Array, origin: unknown) => void;
  /** Called once each time a room is loaded (e.g. to relay its awareness). */
  readonly onOpen?: (room: Room) => void;
  /** Called after every change of a loaded room's document (e.g. to schedule an automatic version). */
  readonly onChange?: (room: Room) => void;
}

export type RoomManager = ReturnType<typeof createRoomManager>;

export function createRoomManager(opts: RoomManagerOptions) {
  const { store } = opts;
  const compactAfter = opts.compactAfter ?? 500;
  const rooms = new Map<string, Room>();
  const summaryTimers = new Map<string, NodeJS.Timeout>();
  const { hasSeed, seedRoom, createRoomFromMap } = createRoomSeeder(store, opts.mapsDir);

  function writeSummary(room: Room): void {
    const title = (getDocParts(room.doc).meta.get('title') as string | undefined) ?? 'Untitled map';
    store.setSummary(room.id, title, getDocParts(room.doc).statements.size);
  }

  function scheduleSummary(room: Room): void {
    if (summaryTimers.has(room.id)) return;
    summaryTimers.set(room.id, setTimeout(() => {
      summaryTimers.delete(room.id);
      if (rooms.get(room.id) === room) writeSummary(room);
    }, 300));
  }

  function compact(room: Room): void {
    store.replaceUpdates(room.id, Y.encodeStateAsUpdate(room.doc));
  }

  /** True when a map with this id exists (stored, or seedable and never deleted). */
  function exists(id: string): boolean {
    const row = store.getRoom(id);
    return row ? row.deletedAt === null : hasSeed(id);
  }

  /** The loaded room, loading it (and seeding it the first time) if needed; undefined if no such map. */
  function open(id: string): Room | undefined {
    const loaded = rooms.get(id);
    if (loaded) return loaded;
    const row = store.getRoom(id);
    if (row?.deletedAt) return undefined;
    if (!row) {
      if (!hasSeed(id)) return undefined;
      seedRoom(id);
    }
    const doc = new Y.Doc();
    // Persisted state is applied before any peer can ask for it: no empty first sync.
    const updates = store.loadUpdates(id);
    doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)));
    const room: Room = { id, doc, awareness: new Awareness(doc), peers: new Set() };
    room.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Durable before shared: written to SQLite, then fanned out.
      store.appendUpdate(id, update);
      opts.onBroadcast(room, update, origin);
      scheduleSummary(room);
      opts.onChange?.(room);
      if (store.countUpdates(id) > compactAfter) compact(room);
    });
    rooms.set(id, room);
    opts.onOpen?.(room);
    if (updates.length > 1) compact(room);
    return room;
  }

  /** Unloads a room once nobody is connected: compacts its log and frees its memory. */
  function release(room: Room): void {
    if (room.peers.size > 0 || rooms.get(room.id) !== room) return;
    // A room opened and left without a change (a glance, a reconnect) costs no write.
    const changed = summaryTimers.has(room.id);
    clearTimeout(summaryTimers.get(room.id));
    summaryTimers.delete(room.id);
    if (store.countUpdates(room.id) > 1) compact(room);
    if (changed) writeSummary(room);
    rooms.delete(room.id);
    room.awareness.destroy();
    room.doc.destroy();
  }

  /** Seeds a seed map's room if it has never been stored (so it can be deleted, copied or versioned). */
  function ensureStored(id: string): boolean {
    if (store.getRoom(id)) return true;
    if (!hasSeed(id)) return false;
    seedRoom(id);
    return true;
  }

  /** Closes the room's connections (those `which` selects) and unloads it when none is left. */
  function disconnect(id: string, code: number, reason: string, which: (peer: RoomPeer) => boolean = () => true): void {
    const room = rooms.get(id);
    if (!room) return;
    for (const peer of [...room.peers].filter(which)) {
      peer.close(code, reason);
      room.peers.delete(peer);
      removeAwarenessStates(room.awareness, [...peer.awarenessIds], null);
    }
    release(room);
  }

  function leave(room: Room, peer: RoomPeer): void {
    room.peers.delete(peer);
    removeAwarenessStates(room.awareness, [...peer.awarenessIds], null);
    release(room);
  }

  /** Runs fn with the room's document, loading it for the call if nobody has it open. */
  function withDoc<T>(id: string, fn: (room: Room) => T): T | undefined {
    const room = open(id);
    if (!room) return undefined;
    try {
      return fn(room);
    } finally {
      release(room);
    }
  }

  function readRoomMap(id: string) {
    return withDoc(id, (room) => readMap(room.doc).map);
  }

  function closeAll(): void {
    for (const room of [...rooms.values()]) {
      for (const t of summaryTimers.values()) clearTimeout(t);
      compact(room);
      writeSummary(room);
      rooms.delete(room.id);
    }
  }

  return { open, leave, exists, hasSeed, ensureStored, disconnect, withDoc, readRoomMap, createRoomFromMap, writeSummary, release, closeAll, loaded: rooms };
}

import * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMap } from '../core/model';
import { createDocFromMap, getDocParts, readMap } from '../core/sync';
import type { Store } from './persistence/store';

/** A connection's hooks, as a room sees it. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** Awareness client ids this connection controls, removed when it leaves. */
  readonly awarenessIds: Set<number>;
}

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
}

export type RoomManager = ReturnType<typeof createRoomManager>;

const SEED_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function createRoomManager(opts: RoomManagerOptions) {
  const { store, mapsDir } = opts;
  const compactAfter = opts.compactAfter ?? 500;
  const rooms = new Map<string, Room>();
  const summaryTimers = new Map<string, NodeJS.Timeout>();

  const seedPath = (id: string) => join(mapsDir, `${id}.json`);
  const hasSeed = (id: string) => SEED_ID.test(id) && existsSync(seedPath(id));

  /** Writes a seed map into a room that has never existed; runs at most once per id. */
  function seedRoom(id: string): void {
    const map = parseMap(readFileSync(seedPath(id), 'utf8'));
    createRoomFromMap(id, map);
  }

  function createRoomFromMap(id: string, map: import('../core/model').ArgumentMap): void {
    const update = Y.encodeStateAsUpdate(createDocFromMap(map));
    store.db.transaction(() => {
      store.createRoom(id, map.title);
      store.appendUpdate(id, update);
      store.setSummary(id, map.title, map.statements.length);
    })();
  }

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
    clearTimeout(summaryTimers.get(room.id));
    summaryTimers.delete(room.id);
    compact(room);
    writeSummary(room);
    rooms.delete(room.id);
    room.awareness.destroy();
    room.doc.destroy();
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

  return { open, leave, exists, hasSeed, withDoc, readRoomMap, createRoomFromMap, release, closeAll, loaded: rooms };
}

import * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { DOC_MIGRATION_REGISTRY, getDocParts, getDocVersion, migrateDoc, readMap } from '../core/sync';
import { getMigrationSteps } from '../core/model';
import { type ControlMessage, RELAY_ORIGIN, type Relay } from './cluster/relay';
import { announcePeers, createInbox, relayAwareness, resyncRoom } from './cluster/roomRelay';
import { DamagedMapError, isCorruption } from './persistence/damagedMap';
import { createRoomSeeder } from './persistence/roomSeeds';
import type { Persistence } from './persistence/types';
import { type Room, type RoomPeer, MapVersionError } from './room';
import { createWritePipeline } from './roomWrites';

export { SERVER_ORIGIN, type Room, type RoomPeer } from './room';

export interface RoomManagerOptions {
  readonly store: Persistence;
  /** Folder of seed maps: `<mapsDir>/<id>.json` seeds room `<id>` once. */
  readonly mapsDir: string;
  /** Compact a room's update log once it has this many entries. */
  readonly compactAfter?: number;
  /** Shares a stored update with the room's connections (origin: the one connection it came from, if any). */
  readonly onBroadcast: (room: Room, update: Uint8Array, origin: unknown) => void;
  /** Called when this instance stops being able to store writes (true) and when it can again (false). */
  readonly onSavingPaused?: (paused: boolean) => void;
  /** Called once each time a room is loaded (e.g. to relay its awareness). */
  readonly onOpen?: (room: Room) => void;
  /** Called after every change of a loaded room's document (e.g. to schedule an automatic version). */
  readonly onChange?: (room: Room) => void;
  /** Fan-out between instances (cluster mode); absent with one process. */
  readonly relay?: Relay;
  /** Test hook: runs after a loading room subscribed to the relay and before it reads the store. */
  readonly beforeLoad?: (id: string) => Promise<void>;
}

interface RoomState {
  /** Entries in the stored log, counted here rather than queried on every update. */
  logLength: number;
  /** Callers using the room without a connection (withDoc). */
  holds: number;
  compacting: boolean;
  summaryTimer?: NodeJS.Timeout;
}

export type RoomManager = ReturnType<typeof createRoomManager>;

/** Takes a room's stored snapshot before the room is loaded; resolves once it is handed on. */
export type SnapshotReader = (snapshot: Uint8Array) => Promise<void> | void;

/** Longest wait for sockets to take a shared snapshot before the room's load goes on. */
const SHARE_WAIT_MS = 1000;

export function createRoomManager(opts: RoomManagerOptions) {
  const { store, relay } = opts;
  const compactAfter = opts.compactAfter ?? 500;
  const rooms = new Map<string, Room>();
  const opening = new Map<string, Promise<Room | undefined>>();
  /** Callers waiting for a room being loaded that can take its stored snapshot early. */
  const firstReaders = new Map<string, Set<SnapshotReader>>();
  const states = new WeakMap<Room, RoomState>();
  const { hasSeed, seedIds, seedRoom, createRoomFromMap } = createRoomSeeder(store, opts.mapsDir);
  let checkpointTimer: NodeJS.Timeout | undefined;
  let savingPaused = false;
  const pipeline = createWritePipeline<Room>({
    store,
    roomId: (room) => room.id,
    onDurable({ room, update, origin }) {
      opts.onBroadcast(room, update, origin);
      relay?.publishUpdate(room.id, update);
      const state = states.get(room)!;
      state.logLength++;
      if (state.logLength > compactAfter) setImmediate(() => void compact(room));
    },
    onPausedChange: (paused) => {
      savingPaused = paused;
      console.error(paused ? '[store] saving paused: writes wait until the database answers' : '[store] saving again');
      opts.onSavingPaused?.(paused);
    },
    onWriteError: (e, attempt) => {
      if (attempt === 1 || attempt % 20 === 0) console.error(`[store] write failed (attempt ${attempt}), retrying: ${(e as Error).message}`);
    },
  });

  const summaryOf = (doc: Y.Doc) => {
    const parts = getDocParts(doc);
    return { title: (parts.meta.get('title') as string | undefined) ?? 'Untitled map', count: parts.statements.size };
  };

  async function writeSummary(room: Room): Promise<void> {
    const { title, count } = summaryOf(room.doc);
    await store.setSummary(room.id, title, count);
  }

  function scheduleSummary(room: Room, state: RoomState, delayMs = 300): void {
    if (state.summaryTimer) return;
    state.summaryTimer = setTimeout(() => {
      state.summaryTimer = undefined;
      if (rooms.get(room.id) !== room) return;
      writeSummary(room).catch((e) => {
        // The database may be restarting: the map list's title and count are written once it answers.
        if (delayMs === 300) console.error('[store] summary failed, retrying', room.id, (e as Error).message);
        scheduleSummary(room, state, 2000);
      });
    }, delayMs);
  }

  /** Off the fan-out path: runs after the batch that crossed the threshold was shared. */
  async function compact(room: Room): Promise<void> {
    const state = states.get(room)!;
    if (state.compacting || rooms.get(room.id) !== room) return;
    state.compacting = true;
    try {
      // Exclusive store: the document holds every stored update (SQLite writes synchronously, so nothing lands in between).
      if (store.exclusive) await store.replaceUpdates(room.id, Y.encodeStateAsUpdate(room.doc));
      else await store.compactStored(room.id, mergeInDoc);
      state.logLength = 1;
    } catch (e) {
      console.error('[store] compaction failed', room.id, e);
    } finally {
      state.compacting = false;
    }
  }

  async function exists(id: string): Promise<boolean> {
    const row = await store.getRoom(id);
    return row ? row.deletedAt === null : hasSeed(id);
  }

  /** The room's stored log; a log that cannot be read makes the map damaged (others unaffected). */
  async function readStoredLog(id: string): Promise<Uint8Array[]> {
    try {
      return await store.loadUpdates(id);
    } catch (e) {
      // A damaged page answers SQLITE_CORRUPT (or similar) for this room's rows only; other errors are the store's.
      if (isCorruption(e)) throw new DamagedMapError(id, e);
      throw e;
    }
  }

  /**
   * Hands a stored snapshot to the connections waiting for the room before the server applies
   * it: a client then decodes the map while the server builds its own copy, instead of after.
   * Waits until the bytes are handed to the sockets (at most SHARE_WAIT_MS), so that the long
   * apply that follows does not hold them back.
   */
  async function shareSnapshot(id: string, snapshot: Uint8Array): Promise<boolean> {
    const readers = firstReaders.get(id);
    if (!readers?.size || mayHoldVersion(snapshot)) return false;
    const sent = Promise.all([...readers].map((read) => read(snapshot)));
    await Promise.race([sent, new Promise((resolve) => setTimeout(resolve, SHARE_WAIT_MS))]);
    return true;
  }

  async function load(id: string): Promise<Room | undefined> {
    const row = await store.getRoom(id);
    if (row?.deletedAt) return undefined;
    if (!row && !hasSeed(id)) return undefined;
    // Subscribed before reading: whatever another instance stores meanwhile arrives here too.
    const inbox = createInbox();
    await relay?.subscribe(id, inbox.handlers);
    await opts.beforeLoad?.(id);
    // A seed stored just now is used as built: no read back, no second validation.
    let doc = row ? undefined : await seedRoom(id).catch((e) => (relay?.unsubscribe(id), Promise.reject(e)));
    let logLength = 1;
    let sharedVector: Uint8Array | undefined;
    let storedState: Uint8Array | undefined;
    if (!doc) {
      const updates = await readStoredLog(id).catch((e) => (relay?.unsubscribe(id), Promise.reject(e)));
      const shared = updates.length === 1 && (await shareSnapshot(id, updates[0]));
      try {
        doc = docFromUpdates(updates);
      } catch (e) {
        relay?.unsubscribe(id);
        throw new DamagedMapError(id, e);
      }
      logLength = updates.length;
      if (shared) sharedVector = Y.encodeStateVector(doc);
      if (updates.length === 1) storedState = updates[0];
    }
    // A room written by a newer Warrant is not opened (its stored log stays as it was).
    const version = getMigrationSteps(getDocVersion(doc), DOC_MIGRATION_REGISTRY);
    if (!version.ok) {
      doc.destroy();
      relay?.unsubscribe(id);
      throw new MapVersionError(version.message);
    }
    const room: Room = { id, doc, awareness: new Awareness(doc), peers: new Set(), sharedVector, storedState };
    const state: RoomState = { logLength, holds: 0, compacting: false };
    states.set(room, state);
    room.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      room.storedState = undefined; // no longer the whole document
      // Stored by the instance it came from: shared here at once.
      if (origin === RELAY_ORIGIN) return opts.onBroadcast(room, update, origin);
      pipeline.add(room, update, origin);
      scheduleSummary(room, state);
      opts.onChange?.(room);
    });
    migrateDoc(doc); // after the listener above: what a migration writes is stored like any edit
    rooms.set(id, room);
    opts.onOpen?.(room);
    if (relay) relayAwareness(relay, room);
    inbox.open(room);
    // People already in the room on other instances announce themselves, so a newcomer here sees them at once.
    relay?.publishControl({ room: id, code: 0, reason: '', hello: true });
    if (logLength > 1) setImmediate(() => void compact(room));
    return room;
  }

  /**
   * The loaded room, loading it (and seeding it the first time) if needed; undefined if no such
   * map. A caller waiting for a load may get the stored snapshot first (`onSnapshot`, see shareSnapshot).
   */
  function open(id: string, onSnapshot?: SnapshotReader): Promise<Room | undefined> {
    const loaded = rooms.get(id);
    if (loaded) return Promise.resolve(loaded);
    let p = opening.get(id);
    if (!p) {
      p = load(id).finally(() => {
        opening.delete(id);
        firstReaders.delete(id);
      });
      opening.set(id, p);
    }
    if (onSnapshot) (firstReaders.get(id) ?? firstReaders.set(id, new Set()).get(id)!).add(onSnapshot);
    return p;
  }

  const idle = (room: Room) => room.peers.size === 0 && states.get(room)!.holds === 0 && rooms.get(room.id) === room;

  /** Unloads a room once nobody uses it, after its last updates are stored: compacts its log and frees its memory. */
  function release(room: Room): void {
    if (!idle(room)) return;
    pipeline.whenDurable(room, () => {
      if (idle(room)) void unload(room);
    });
  }

  function unload(room: Room): Promise<void> {
    const state = states.get(room)!;
    rooms.delete(room.id);
    // A room opened and left without a change (a glance, a reconnect) costs no write.
    const changed = state.summaryTimer !== undefined;
    clearTimeout(state.summaryTimer);
    const summary = summaryOf(room.doc);
    const tasks: Promise<void>[] = [];
    // Called before anything else can run: an exclusive store replaces the log atomically.
    if (state.logLength > 1 && store.exclusive) tasks.push(store.replaceUpdates(room.id, Y.encodeStateAsUpdate(room.doc)));
    else if (state.logLength > 1) tasks.push(store.compactStored(room.id, mergeInDoc));
    if (changed) tasks.push(store.setSummary(room.id, summary.title, summary.count));
    relay?.unsubscribe(room.id);
    room.awareness.destroy();
    room.doc.destroy();
    scheduleCheckpoint();
    return Promise.all(tasks).then(() => undefined, (e) => console.error('[store] unloading failed', room.id, e));
  }

  /** Gives the WAL's disk space back a moment after rooms unload (one checkpoint for a wave of unloads). */
  function scheduleCheckpoint(): void {
    if (checkpointTimer) return;
    checkpointTimer = setTimeout(() => {
      checkpointTimer = undefined;
      store.checkpoint().catch((e) => console.error('[store] checkpoint failed', e));
    }, 1000);
    checkpointTimer.unref();
  }

  /** Seeds a seed map's room if it has never been stored (so it can be deleted, copied or versioned). */
  async function ensureStored(id: string): Promise<boolean> {
    if (await store.getRoom(id)) return true;
    if (!hasSeed(id)) return false;
    (await seedRoom(id))?.destroy();
    return true;
  }

  /**
   * Stores every seed map not stored yet (at start-up): building a seed's document (layout,
   * validation, a cold start's first Yjs work) then happens before anyone waits for it, and
   * its first open reads stored bytes like any other map. A seed file that cannot be read is
   * reported and left for its first open to refuse.
   */
  async function seedAll(): Promise<void> {
    for (const id of seedIds()) {
      await ensureStored(id).catch((e: Error) => console.warn(`[maps] could not seed ${id}: ${e.message}`));
    }
  }

  /** Closes the room's connections (all, or those of one share link) on every instance, and unloads it when none is left. */
  function disconnect(id: string, code: number, reason: string, linkId?: string): void {
    relay?.publishControl({ room: id, code, reason, linkId });
    disconnectHere({ room: id, code, reason, linkId });
  }

  function disconnectHere({ room: id, code, reason, linkId, hello }: ControlMessage): void {
    const room = rooms.get(id);
    if (!room) return;
    if (hello) return void (relay && announcePeers(relay, room));
    for (const peer of [...room.peers].filter((p) => linkId === undefined || p.linkId === linkId)) {
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
  async function withDoc<T>(id: string, fn: (room: Room) => T | Promise<T>): Promise<T | undefined> {
    const room = await open(id);
    if (!room) return undefined;
    const state = states.get(room)!;
    state.holds++;
    try {
      const result = await fn(room);
      // What the caller changed is stored before it answers anyone.
      await new Promise<void>((resolve) => pipeline.whenDurable(room, resolve));
      return result;
    } finally {
      state.holds--;
      release(room);
    }
  }

  const readRoomMap = (id: string) => withDoc(id, (room) => readMap(room.doc).map);

  /** Runs fn once every change the room's document holds now is stored (replies to a client wait for it). */
  const whenDurable = (room: Room, fn: () => void) => pipeline.whenDurable(room, fn);

  relay?.onControl(disconnectHere);
  relay?.onResync(() => {
    for (const room of rooms.values()) {
      store.loadUpdates(room.id).then((stored) => {
        if (rooms.get(room.id) === room) resyncRoom(relay, room, stored);
      }, (e) => console.error('[relay] resync failed', room.id, e));
    }
  });

  async function closeAll(): Promise<void> {
    await pipeline.drained();
    await Promise.all([...rooms.values()].map(unload));
    clearTimeout(checkpointTimer);
    checkpointTimer = undefined;
  }

  return {
    open, leave, exists, hasSeed, ensureStored, seedAll, disconnect, withDoc, readRoomMap, whenDurable,
    createRoomFromMap: async (id: string, map: Parameters<typeof createRoomFromMap>[1]) => void (await createRoomFromMap(id, map))?.destroy(),
    writeSummary, release, closeAll, loaded: rooms,
    /** True while writes fail and wait to be retried (the database is unreachable). */
    isSavingPaused: () => savingPaused,
  };
}

function docFromUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)));
  return doc;
}

const VERSION_KEY = Buffer.from('\x07version'); // the key as Yjs writes it: length, then the characters

/**
 * False when the snapshot cannot name a format version, so it is of version 1 and any Warrant
 * can read it (a byte scan: deciding on the decoded document would cost as much as loading it).
 * Maps of a newer format are never sent before the version check; once this Warrant's own maps
 * carry a version, this always answers true and snapshots are no longer shared early.
 */
function mayHoldVersion(snapshot: Uint8Array): boolean {
  return Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength).includes(VERSION_KEY);
}

/** A compacted snapshot of stored log entries: applied to a scratch document, so deleted content is dropped. */
function mergeInDoc(updates: Uint8Array[]): Uint8Array {
  const doc = docFromUpdates(updates);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

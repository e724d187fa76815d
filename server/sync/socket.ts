import type { WebSocket } from 'ws';
import type { Room, RoomManager, RoomPeer } from '../rooms';
import { CLOSE_NEWER_VERSION, MapVersionError } from '../room';
import type { Role } from '../auth/roles';
import { CLOSE, DEFAULT_SYNC_LIMITS, createBucket, type Bucket, type SyncLimits } from './limits';
import { encodeAwarenessMessage, encodePermissionDenied, encodeSavingState, encodeSnapshotMessage, encodeSyncReply, encodeUpdateMessage, greetingMessages, handleMessage, type PeerContext, unionOfStateVectors } from './protocol';
import { createUpdateIntake } from './updateIntake';
import type { WriteVerdict } from './writeGuard';

export type { Role } from '../auth/roles';

const PING_MS = 30_000;
/** setTimeout's longest delay; a later expiry is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Sends updates of a room to every peer but the one it came from (encoded once for all). */
export function broadcastUpdate(room: Room, update: Uint8Array, origin: unknown): void {
  const message = encodeUpdateMessage(update);
  for (const peer of room.peers) if (peer !== origin) peer.send(message);
}

/** Tells every peer of these rooms that saving paused (the database is unreachable) or works again. */
export function broadcastSavingState(rooms: Iterable<Room>, paused: boolean): void {
  const message = encodeSavingState(paused);
  for (const room of rooms) for (const peer of room.peers) peer.send(message);
}

/**
 * Relays awareness changes of a room to all its peers, batched: the clients whose presence
 * changed within one event-loop tick go out as one message (their latest states, encoded once),
 * so 50 pointers moving cost one send per peer per tick, not one per pointer per peer.
 */
export function watchAwareness(room: Room): void {
  let changed: Set<number> | undefined;
  const flush = () => {
    const clients = [...changed!].filter((id) => room.awareness.meta.has(id));
    changed = undefined;
    if (room.peers.size === 0 || clients.length === 0) return;
    const message = encodeAwarenessMessage(room, clients);
    for (const peer of room.peers) peer.send(message);
  };
  room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
    if (!changed) {
      changed = new Set();
      setImmediate(flush);
    }
    for (const id of [...added, ...updated, ...removed]) changed.add(id);
  });
}

/** Closes a socket with a reason cut to the 123 bytes a close frame allows. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  let r = reason;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  ws.close(code, r);
}

const refusalReason = (role: Role, verdict: Exclude<WriteVerdict, { ok: true }>) => {
  if (verdict.cause === 'invalid' || verdict.cause === 'owner') return `Change refused: ${verdict.reason}.`;
  return role === 'view'
    ? 'This link is view-only: your changes to the map are not saved.'
    : 'This link is comment-only: only your comments are saved, not other changes to the map.';
};

/** Update rate of each room, shared by its connections. */
const roomBuckets = new WeakMap<Room, Bucket>();

export interface SocketAccess {
  readonly role: Role;
  readonly linkId?: string;
  /** When the link expires (Unix seconds): the socket is closed then. */
  readonly exp?: number;
  /** The participant id derived from the key the client presented (core/policy/participant). */
  readonly participant?: string;
}

/**
 * Joins an accepted WebSocket to a room and speaks the y-websocket protocol on it. The room
 * may have to be loaded first: messages arriving meanwhile wait, in order.
 */
export function attachSocket(ws: WebSocket, rooms: RoomManager, mapId: string, access: SocketAccess, limits: SyncLimits = DEFAULT_SYNC_LIMITS): Promise<void> {
  const early: [Buffer, boolean][] = [];
  const hold = (data: Buffer, isBinary: boolean) => early.push([data, isBinary]);
  ws.on('message', hold);
  let gotSnapshot = false;
  // The stored map, sent while the server is still applying it (the client counts as synced on it).
  const takeSnapshot = (snapshot: Uint8Array) => new Promise<void>((resolve) => {
    if (ws.readyState !== ws.OPEN) return resolve();
    gotSnapshot = true;
    ws.send(encodeSnapshotMessage(snapshot), () => resolve());
  });
  return rooms.open(mapId, takeSnapshot).then((room) => {
    ws.off('message', hold);
    if (!room) return closeSocket(ws, 4404, `No map with id "${mapId}" (it may have been deleted)`);
    if (ws.readyState !== ws.OPEN) return rooms.release(room);
    joinRoom(ws, rooms, room, access, limits, gotSnapshot ? room.sharedVector : undefined);
    for (const [data, isBinary] of early) ws.emit('message', data, isBinary);
  }, (e: unknown) => {
    if (e instanceof MapVersionError) return closeSocket(ws, CLOSE_NEWER_VERSION, e.message);
    throw e;
  });
}

function joinRoom(ws: WebSocket, rooms: RoomManager, room: Room, access: SocketAccess, limits: SyncLimits, sharedVector?: Uint8Array): void {
  const peer: RoomPeer = {
    awarenessIds: new Set(),
    linkId: access.linkId,
    send(message) {
      if (ws.readyState !== ws.OPEN) return;
      // A client that stops reading would otherwise have every message queued here, without end.
      if (ws.bufferedAmount + message.byteLength > limits.maxBufferedBytes) {
        console.warn(`[sync] dropped a connection to "${room.id}" that stopped reading (${Math.round(ws.bufferedAmount / 1e6)} MB queued)`);
        return ws.terminate();
      }
      ws.send(message, (err) => err && ws.terminate());
    },
    close: (code, reason) => closeSocket(ws, code, reason),
  };
  room.peers.add(peer);
  const messages = createBucket(limits.messagesPerSecond, limits.messageBurst);
  const roomUpdates = roomBuckets.get(room) ?? roomBuckets.set(room, createBucket(limits.roomUpdatesPerSecond, limits.roomUpdateBurst)).get(room)!;
  const syncRequests = createBucket(1000 / limits.syncRequestIntervalMs, limits.syncRequestBurst);
  let pendingRequest: Uint8Array | undefined;
  let pendingTimer: NodeJS.Timeout | undefined;
  const ctx: PeerContext = {
    room,
    peer,
    receiveUpdate: createUpdateIntake({
      room,
      peer,
      role: access.role,
      participant: access.participant,
      limits,
      roomUpdates,
      deny: (verdict) => peer.send(encodePermissionDenied(refusalReason(access.role, verdict))),
      close: (code, reason) => closeSocket(ws, code, reason),
    }),
    onSyncRequest(requested) {
      // The snapshot sent before the room was loaded went out ahead of any reply: it is not sent twice.
      const stateVector = sharedVector ? unionOfStateVectors(requested, sharedVector) : requested;
      sharedVector = undefined;
      if (syncRequests.take()) return encodeSyncReply(room, stateVector);
      // Too many at once: the latest request is answered when the rate allows (earlier ones are covered by it).
      pendingRequest = stateVector;
      pendingTimer ??= setTimeout(() => {
        pendingTimer = undefined;
        if (pendingRequest && room.peers.has(peer) && syncRequests.take()) {
          const reply = encodeSyncReply(room, pendingRequest);
          rooms.whenDurable(room, () => peer.send(reply));
        }
        pendingRequest = undefined;
      }, syncRequests.waitMs());
      return undefined;
    },
  };
  let expiry: NodeJS.Timeout | undefined;
  const watchExpiry = () => {
    if (access.exp === undefined) return;
    const left = access.exp * 1000 - Date.now();
    if (left <= 0) return closeSocket(ws, 4401, `This link expired on ${new Date(access.exp * 1000).toISOString().slice(0, 10)}.`);
    expiry = setTimeout(watchExpiry, Math.min(left, MAX_TIMER_MS));
  };
  watchExpiry();
  let alive = true;
  const ping = setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, PING_MS);
  ws.on('pong', () => (alive = true));
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    // After a close (a revoked link, a deleted map) nothing more from this socket counts.
    if (ws.readyState !== ws.OPEN || !room.peers.has(peer)) return;
    if (!isBinary) return closeSocket(ws, 4400, 'Expected binary y-websocket messages');
    if (!messages.take()) return closeSocket(ws, CLOSE.tooManyMessages, 'Too many messages: the connection was closed and will reconnect.');
    try {
      const reply = handleMessage(ctx, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      // A reply may carry changes still being written: it leaves once they are stored.
      if (reply) rooms.whenDurable(room, () => peer.send(reply));
    } catch (e) {
      closeSocket(ws, 4400, `Malformed message: ${(e as Error).message}`);
    }
  });
  ws.on('close', () => {
    clearInterval(ping);
    clearTimeout(expiry);
    clearTimeout(pendingTimer);
    rooms.leave(room, peer);
  });
  ws.on('error', () => ws.terminate());
  for (const m of greetingMessages(room)) peer.send(m);
  if (rooms.isSavingPaused()) peer.send(encodeSavingState(true));
}

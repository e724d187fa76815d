import type { WebSocket } from 'ws';
import type { Room, RoomManager, RoomPeer } from '../rooms';
import type { Role } from '../auth/roles';
import { encodeAwarenessMessage, encodePermissionDenied, encodeUpdateMessage, greetingMessages, handleMessage, type PeerContext } from './protocol';
import { createWriteGuard } from './writeGuard';

export type { Role } from '../auth/roles';

const PING_MS = 30_000;

/** Sends updates of a room to every peer but the one it came from. */
export function broadcastUpdate(room: Room, update: Uint8Array, origin: unknown): void {
  const message = encodeUpdateMessage(update);
  for (const peer of room.peers) if (peer !== origin) peer.send(message);
}

/** Relays awareness changes of a room to all its peers. */
export function watchAwareness(room: Room): void {
  room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
    const message = encodeAwarenessMessage(room, [...added, ...updated, ...removed]);
    for (const peer of room.peers) peer.send(message);
  });
}

/** Closes a socket with a reason cut to the 123 bytes a close frame allows. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  let r = reason;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  ws.close(code, r);
}

const refusalReason = (role: Role) => role === 'view'
  ? 'This link is view-only: your changes to the map are not saved.'
  : 'This link is comment-only: only your comments are saved, not other changes to the map.';

/**
 * Joins an accepted WebSocket to a room and speaks the y-websocket protocol on it. The room
 * may have to be loaded first: messages arriving meanwhile wait, in order.
 */
export function attachSocket(ws: WebSocket, rooms: RoomManager, mapId: string, access: { role: Role; linkId?: string }): Promise<void> {
  const early: [Buffer, boolean][] = [];
  const hold = (data: Buffer, isBinary: boolean) => early.push([data, isBinary]);
  ws.on('message', hold);
  return rooms.open(mapId).then((room) => {
    ws.off('message', hold);
    if (!room) return closeSocket(ws, 4404, `No map with id "${mapId}" (it may have been deleted)`);
    if (ws.readyState !== ws.OPEN) return rooms.release(room);
    joinRoom(ws, rooms, room, access);
    for (const [data, isBinary] of early) ws.emit('message', data, isBinary);
  });
}

function joinRoom(ws: WebSocket, rooms: RoomManager, room: Room, access: { role: Role; linkId?: string }): void {
  const peer: RoomPeer = {
    awarenessIds: new Set(),
    linkId: access.linkId,
    send(message) {
      if (ws.readyState === ws.OPEN) ws.send(message, (err) => err && ws.terminate());
    },
    close: (code, reason) => closeSocket(ws, code, reason),
  };
  room.peers.add(peer);
  let refusedOnce = false;
  const ctx: PeerContext = {
    room,
    peer,
    acceptsUpdate: createWriteGuard(access.role, room.doc),
    onWriteRefused() {
      if (refusedOnce) return;
      refusedOnce = true;
      peer.send(encodePermissionDenied(refusalReason(access.role)));
    },
  };
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
    rooms.leave(room, peer);
  });
  ws.on('error', () => ws.terminate());
  for (const m of greetingMessages(room)) peer.send(m);
}

import type { WebSocket } from 'ws';
import type { Room, RoomManager, RoomPeer } from '../rooms';
import { encodeAwarenessMessage, encodePermissionDenied, encodeUpdateMessage, greetingMessages, handleMessage } from './protocol';

export type Role = 'edit' | 'comment' | 'view';

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

/** Joins an accepted WebSocket to a room and speaks the y-websocket protocol on it. */
export function attachSocket(ws: WebSocket, rooms: RoomManager, mapId: string, role: Role): void {
  const room = rooms.open(mapId);
  if (!room) {
    ws.close(4404, `No map with id "${mapId}"`);
    return;
  }
  const peer: RoomPeer = {
    awarenessIds: new Set(),
    send(message) {
      if (ws.readyState === ws.OPEN) ws.send(message, (err) => err && ws.terminate());
    },
  };
  room.peers.add(peer);
  let refusedOnce = false;
  const ctx = {
    room,
    peer,
    canWrite: role === 'edit',
    onWriteRefused() {
      if (refusedOnce) return;
      refusedOnce = true;
      peer.send(encodePermissionDenied(`This link is ${role === 'view' ? 'view-only' : 'comment-only'}: your changes to the map are not saved.`));
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
    if (!isBinary) return ws.close(4400, 'Expected binary y-websocket messages');
    try {
      const reply = handleMessage(ctx, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (reply) peer.send(reply);
    } catch (e) {
      ws.close(4400, `Malformed message: ${(e as Error).message}`.slice(0, 120));
    }
  });
  ws.on('close', () => {
    clearInterval(ping);
    rooms.leave(room, peer);
  });
  ws.on('error', () => ws.terminate());
  for (const m of greetingMessages(room)) peer.send(m);
}

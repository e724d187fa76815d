import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Room } from '../room';
import { RELAY_ORIGIN, type Relay, type RoomMessages } from './relay';

/** Buffers a room's messages from other instances until its document is loaded, then applies them. */
export function createInbox() {
  let room: Room | undefined;
  const early: [boolean, Uint8Array][] = [];
  const apply = (isUpdate: boolean, data: Uint8Array) => {
    if (!room) return void early.push([isUpdate, data]);
    if (isUpdate) Y.applyUpdate(room.doc, data, RELAY_ORIGIN);
    else applyAwarenessUpdate(room.awareness, data, RELAY_ORIGIN);
  };
  const handlers: RoomMessages = { onUpdate: (u) => apply(true, u), onAwareness: (a) => apply(false, a) };
  return {
    handlers,
    /** From now on messages go to the room; those that came while it loaded are applied first (twice is harmless). */
    open(loaded: Room) {
      room = loaded;
      for (const [isUpdate, data] of early.splice(0)) apply(isUpdate, data);
    },
  };
}

/** Shares the awareness of this instance's connections with the other instances. */
export function relayAwareness(relay: Relay, room: Room): void {
  room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin === RELAY_ORIGIN) return;
    relay.publishAwareness(room.id, encodeAwarenessUpdate(room.awareness, [...added, ...updated, ...removed]));
  });
}

/** After a lost Redis connection: the room takes what it missed from the database, and re-announces its own people. */
export function resyncRoom(relay: Relay, room: Room, stored: readonly Uint8Array[]): void {
  Y.transact(room.doc, () => stored.forEach((u) => Y.applyUpdate(room.doc, u, RELAY_ORIGIN)), RELAY_ORIGIN);
  announcePeers(relay, room);
}

/** Publishes the presence of this instance's own connections (to an instance that just loaded the room, or after a resync). */
export function announcePeers(relay: Relay, room: Room): void {
  const own = [...room.peers].flatMap((p) => [...p.awarenessIds]).filter((id) => room.awareness.getStates().has(id));
  if (own.length > 0) relay.publishAwareness(room.id, encodeAwarenessUpdate(room.awareness, own));
}

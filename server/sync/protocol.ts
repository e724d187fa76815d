import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Room, RoomPeer } from '../rooms';

/** y-websocket message types (first varUint of every message). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

export function encodeAwarenessMessage(room: Room, clients: number[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(room.awareness, clients));
  return encoding.toUint8Array(e);
}

/** An auth message telling the client why its writes were refused (y-protocols/auth layout). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AUTH);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

/** The messages a server sends when a client joins: sync step 1 and everyone's awareness. */
export function greetingMessages(room: Room): Uint8Array[] {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(e, room.doc);
  const out: Uint8Array[] = [encoding.toUint8Array(e)];
  const states = [...room.awareness.getStates().keys()];
  if (states.length > 0) out.push(encodeAwarenessMessage(room, states));
  return out;
}

export interface PeerContext {
  readonly room: Room;
  readonly peer: RoomPeer;
  /** False for updates the connection may not make (view-only, or comment-only touching more than comments). */
  readonly acceptsUpdate: (update: Uint8Array) => boolean;
  /** Called once when a write is dropped, so the socket can be told why. */
  readonly onWriteRefused: () => void;
}

/**
 * Handles one message from a client; returns the reply to send, if any.
 * Throws on malformed input (the caller closes the socket; the server carries on).
 */
export function handleMessage(ctx: PeerContext, data: Uint8Array): Uint8Array | undefined {
  const { room, peer } = ctx;
  const decoder = decoding.createDecoder(data);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const sub = decoding.readVarUint(decoder);
      if (sub === syncProtocol.messageYjsSyncStep1) {
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.readSyncStep1(decoder, encoder, room.doc);
        return encoding.toUint8Array(encoder);
      }
      if (sub !== syncProtocol.messageYjsSyncStep2 && sub !== syncProtocol.messageYjsUpdate) throw new Error(`unknown sync message ${sub}`);
      const update = decoding.readVarUint8Array(decoder);
      if (!ctx.acceptsUpdate(update)) {
        ctx.onWriteRefused();
        return undefined;
      }
      Y.applyUpdate(room.doc, update, peer);
      return undefined;
    }
    case MESSAGE_AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      trackAwarenessIds(peer, update);
      awarenessProtocol.applyAwarenessUpdate(room.awareness, update, peer);
      return undefined;
    }
    case MESSAGE_QUERY_AWARENESS:
      return encodeAwarenessMessage(room, [...room.awareness.getStates().keys()]);
    case MESSAGE_AUTH:
      return undefined;
    default:
      throw new Error(`unknown message type ${type}`);
  }
}

/** Remembers which awareness client ids a connection speaks for, to remove them when it leaves. */
function trackAwarenessIds(peer: RoomPeer, update: Uint8Array): void {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    decoding.readVarUint(d); // clock
    const state = JSON.parse(decoding.readVarString(d)) as unknown;
    if (state === null) peer.awarenessIds.delete(clientId);
    else peer.awarenessIds.add(clientId);
  }
}

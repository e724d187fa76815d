import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Room, RoomPeer } from '../rooms';
import { AUTH_SAVING_STATE } from '../../core/sync/savingState';
import { filterAwarenessUpdate } from './awarenessGuard';

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

/** Tells a client whether the server can store its edits now (see core/sync/savingState). */
export function encodeSavingState(paused: boolean): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AUTH);
  encoding.writeVarUint(e, AUTH_SAVING_STATE);
  encoding.writeVarUint(e, paused ? 1 : 0);
  return encoding.toUint8Array(e);
}

/** The messages a server sends when a client joins: sync step 1 and everyone's awareness. */
export function greetingMessages(room: Room): Uint8Array[] {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(e, room.doc);
  const out: Uint8Array[] = [encoding.toUint8Array(e)];
  const states = [...room.awareness.getStates().keys()];
  try {
    if (states.length > 0) out.push(encodeAwarenessMessage(room, states));
  } catch (e) {
    // Presence is checked on the way in; should a state still not encode, joining matters more.
    console.error('[sync] could not encode presence for a newcomer', e);
  }
  return out;
}

export interface PeerContext {
  readonly room: Room;
  readonly peer: RoomPeer;
  /** Checks a document update from the client and applies it, holds it, or refuses it. */
  readonly receiveUpdate: (update: Uint8Array) => void;
  /** Answers a "send me what I lack" request now, or later when requests come too fast. */
  readonly onSyncRequest: (stateVector: Uint8Array) => Uint8Array | undefined;
}

/**
 * Sync step 2 for a peer that has `stateVector`: everything of the room's document it lacks.
 * A peer holding nothing, in a room unchanged since it was loaded, gets the stored bytes as they are.
 */
export function encodeSyncReply(room: Room, stateVector: Uint8Array): Uint8Array {
  if (room.storedState && Y.decodeStateVector(stateVector).size === 0) return encodeSnapshotMessage(room.storedState);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(e, room.doc, stateVector);
  return encoding.toUint8Array(e);
}

/** Sync step 2 carrying a stored snapshot as it is (sent before the room's document is built). */
export function encodeSnapshotMessage(snapshot: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(e, snapshot);
  return encoding.toUint8Array(e);
}

/** What a peer holds that knows both state vectors (per client, the larger clock). */
export function unionOfStateVectors(a: Uint8Array, b: Uint8Array): Uint8Array {
  const union = Y.decodeStateVector(a);
  for (const [client, clock] of Y.decodeStateVector(b)) union.set(client, Math.max(clock, union.get(client) ?? 0));
  return Y.encodeStateVector(union);
}

/**
 * Handles one message from a client; returns the reply to send, if any.
 * Throws on malformed input (the caller closes the socket; the server carries on).
 */
export function handleMessage(ctx: PeerContext, data: Uint8Array): Uint8Array | undefined {
  const { room, peer } = ctx;
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const sub = decoding.readVarUint(decoder);
      if (sub === syncProtocol.messageYjsSyncStep1) return ctx.onSyncRequest(decoding.readVarUint8Array(decoder));
      if (sub !== syncProtocol.messageYjsSyncStep2 && sub !== syncProtocol.messageYjsUpdate) throw new Error(`unknown sync message ${sub}`);
      ctx.receiveUpdate(decoding.readVarUint8Array(decoder));
      return undefined;
    }
    case MESSAGE_AWARENESS: {
      const update = filterAwarenessUpdate(room, peer, decoding.readVarUint8Array(decoder));
      if (update) awarenessProtocol.applyAwarenessUpdate(room.awareness, update, peer);
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

import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { Room, RoomPeer } from '../rooms';

/**
 * Presence states are input like any other: each is checked against the presence shape the
 * client publishes (client/presence/peers.ts, client/workshop/presentation.ts) before the room
 * keeps or relays it. Anything else is dropped, alone: the rest of the message still counts.
 */
export const PRESENCE_FIELDS = new Set(['user', 'cursor', 'selection', 'editing', 'viewport', 'drag', 'workshop']);
/** A full presence (100 selected and dragged statements with long ids) stays well below this. */
export const MAX_PRESENCE_CHARS = 16_384;
/** `drag` is the deepest field: {state: {drag: {id: {x, y}}}}. */
export const MAX_PRESENCE_DEPTH = 4;
/** A y-websocket client speaks for one awareness id; a few allow for a reload racing its old socket. */
export const MAX_IDS_PER_CONNECTION = 4;

function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d >= max) return false;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return true;
}

/** Why a presence state (JSON text) is refused, or undefined when it is fine. */
export function checkPresence(json: string): string | undefined {
  if (json.length > MAX_PRESENCE_CHARS) return 'too large';
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return 'not JSON';
  }
  if (state === null) return undefined;
  if (typeof state !== 'object' || Array.isArray(state)) return 'not an object';
  for (const key of Object.keys(state)) if (!PRESENCE_FIELDS.has(key)) return `unknown field "${key.slice(0, 40)}"`;
  return depthWithin(state, MAX_PRESENCE_DEPTH) ? undefined : 'nested too deeply';
}

/** Which connection speaks for each awareness client id of a room (the one that announced it first). */
const owners = new WeakMap<Room, Map<number, RoomPeer>>();

function ownerOf(room: Room, clientId: number): RoomPeer | undefined {
  const owner = owners.get(room)?.get(clientId);
  // A connection that left no longer holds its ids.
  return owner && room.peers.has(owner) ? owner : undefined;
}

/**
 * The part of an awareness update a connection may make: states for client ids it owns (or
 * claims now, being the first to announce them) that pass `checkPresence`, re-encoded; undefined
 * when nothing is left. Throws on a malformed message (the caller closes the socket).
 */
export function filterAwarenessUpdate(room: Room, peer: RoomPeer, update: Uint8Array): Uint8Array | undefined {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  const kept: { clientId: number; clock: number; json: string }[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const json = decoding.readVarString(d);
    const owner = ownerOf(room, clientId);
    if (owner && owner !== peer) continue;
    const problem = checkPresence(json);
    if (problem === 'not JSON') throw new Error('an awareness state is not JSON');
    if (problem !== undefined) continue;
    if (json.trim() === 'null') {
      peer.awarenessIds.delete(clientId);
    } else {
      if (!owner) {
        if (peer.awarenessIds.size >= MAX_IDS_PER_CONNECTION) continue;
        (owners.get(room) ?? owners.set(room, new Map()).get(room)!).set(clientId, peer);
      }
      peer.awarenessIds.add(clientId);
    }
    kept.push({ clientId, clock, json });
  }
  if (kept.length === 0) return undefined;
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, kept.length);
  for (const k of kept) {
    encoding.writeVarUint(e, k.clientId);
    encoding.writeVarUint(e, k.clock);
    encoding.writeVarString(e, k.json);
  }
  return encoding.toUint8Array(e);
}

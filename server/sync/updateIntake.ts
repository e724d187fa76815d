import * as Y from 'yjs';
import type { Room, RoomPeer } from '../rooms';
import type { Role } from '../auth/roles';
import { CLOSE, type Bucket, type SyncLimits } from './limits';
import { createWriteGuard, type WriteVerdict } from './writeGuard';

/** Updates held for changes they build on (a client back online sends those in its sync reply, just after). */
const MAX_HELD_UPDATES = 256;
const MAX_HELD_BYTES = 16 * 1024 * 1024;

export interface IntakeOptions {
  readonly room: Room;
  readonly peer: RoomPeer;
  readonly role: Role;
  /** The connection's participant id (core/policy/participant): whose comments and ratings it may change. */
  readonly participant?: string;
  readonly limits: SyncLimits;
  /** The room's shared update rate. */
  readonly roomUpdates: Bucket;
  /** Tells the client (once) why its writes are refused. */
  readonly deny: (verdict: Exclude<WriteVerdict, { ok: true }>) => void;
  readonly close: (code: number, reason: string) => void;
}

/**
 * Takes a connection's document updates: each is checked (role, valid records) before it is
 * applied; one that builds on changes not yet received is held until they come, then checked.
 * A connection that keeps sending refused writes is closed (4429); a room that receives more
 * updates than it can share closes the sender, which reconnects and re-sends them (4530).
 */
export function createUpdateIntake(o: IntakeOptions): (update: Uint8Array) => void {
  const guard = createWriteGuard(o.role, o.room.doc, o.participant);
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let refused = 0;
  /** Clients (Yjs client ids) some of whose changes this connection sent were refused. */
  const refusedClients = new Set<number>();

  function attempt(update: Uint8Array): 'applied' | 'held' | 'refused' {
    const verdict = guard(update);
    if (verdict.ok) {
      Y.applyUpdate(o.room.doc, update, o.peer);
      return 'applied';
    }
    // An edit made on top of a refused one waits for it forever: it is refused too (the client
    // keeps building on its own copy, so every later edit would be held until the connection
    // was closed as out of order).
    if (verdict.cause === 'pending' && !buildsOnRefused(update)) return 'held';
    for (const s of Y.decodeUpdate(update).structs) refusedClients.add(s.id.client);
    if (++refused === 1) o.deny(verdict.cause === 'pending' ? { ok: false, cause: 'role', reason: 'builds on a refused change' } : verdict);
    if (refused > o.limits.maxRefusedWrites) o.close(CLOSE.refusedWrites, 'Closed: this connection kept sending changes that were refused.');
    return 'refused';
  }

  function buildsOnRefused(update: Uint8Array): boolean {
    if (refusedClients.size === 0) return false;
    const { structs, ds } = Y.decodeUpdate(update);
    // Past what the document holds of a client whose changes were refused: it needs them.
    const needsRefused = (client: number, end: number) => refusedClients.has(client) && end > Y.getState(o.room.doc.store, client);
    return structs.some((s) => needsRefused(s.id.client, s.id.clock)) || [...ds.clients].some(([client, ranges]) => ranges.some((r) => needsRefused(client, r.clock + r.len)));
  }

  function retryHeld(): void {
    for (let progress = true; progress && held.length > 0;) {
      progress = false;
      for (let i = 0; i < held.length;) {
        const result = attempt(held[i]);
        if (result === 'held') i++;
        else {
          heldBytes -= held[i].byteLength;
          held.splice(i, 1);
          progress ||= result === 'applied';
        }
      }
    }
  }

  return (update) => {
    if (!o.roomUpdates.take()) return o.close(CLOSE.roomBusy, 'This map is receiving more changes than the server can share; reconnecting shortly.');
    const result = attempt(update);
    if (result === 'applied') retryHeld();
    if (result !== 'held') return;
    held.push(update);
    heldBytes += update.byteLength;
    if (held.length > MAX_HELD_UPDATES || heldBytes > MAX_HELD_BYTES) o.close(4400, 'Closed: changes arrived that build on changes this connection never sent.');
  };
}

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps } from '../../core/sync';
import type { Room, RoomPeer } from '../../server/room';
import { broadcastUpdate } from '../../server/sync/socket';
import { CLOSE, DEFAULT_SYNC_LIMITS, createBucket } from '../../server/sync/limits';
import { createRng } from '../helpers/rng';
import { awarenessFrame, frame, openPeer, readAwareness, syncUpdate } from '../helpers/rawPeer';
import { startRelayProbe } from '../helpers/relayProbe';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup(syncLimits: Parameters<typeof startServerWith>[1] extends infer C ? (C extends { syncLimits?: infer L } ? L : never) : never = {}) {
  const dirs = makeDirs({ small: 'test/fixtures/smallMap.json', other: 'test/fixtures/smallMap.json' });
  const server = await startServerWith(dirs, { syncLimits, autoVersionMinutes: 0 });
  cleanups.add(() => server.close());
  const ws = (room: string) => `${server.url.replace(/^http/, 'ws')}/sync/${room}`;
  const peer = async (room: string) => {
    const p = await openPeer(ws(room));
    cleanups.add(() => p.ws.terminate());
    return p;
  };
  // Paced at ~10 updates/s, under even the tightest room limit used here.
  const probe = await startRelayProbe(ws('other'), { pauseMs: 100 });
  cleanups.add(() => probe.stop());
  return { server, ws, peer, probe };
}

/** Statement-adding updates from one client, each building on the one before. */
function editsFrom(count: number, prefix: string): Uint8Array[] {
  const doc = new Y.Doc();
  return Array.from({ length: count }, (_, i) => {
    const before = Y.encodeStateVector(doc);
    applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `${prefix}${i}`, text: `edit ${i}` }) }]);
    return Y.encodeStateAsUpdate(doc, before);
  });
}

describe('one flooding socket or room cannot starve the others', () => {
  it('closes a socket sending more messages than the per-connection limit with 4529, while another room keeps relaying', async () => {
    const { peer, probe } = await setup();
    const flooder = await peer('small');
    const bystander = await peer('small');
    const before = probe.done.length;
    // Auth messages cost the server nothing to answer: only the message count can stop them.
    const noise = frame(2, 0, 'x');
    for (let i = 0; i < DEFAULT_SYNC_LIMITS.messageBurst * 3 && flooder.isOpen(); i++) flooder.ws.send(noise);
    const { code, reason } = await flooder.closed;
    expect(code).toBe(CLOSE.tooManyMessages);
    expect(reason).toMatch(/too many messages/i);
    await waitFor(() => probe.done.length >= before + 5, 20_000, 'the probe in the other room to keep relaying');
    expect(bystander.isOpen()).toBe(true);
    expect(probe.peers.every((p) => p.isOpen())).toBe(true);
  });

  it('closes the sender with 4530 when a room receives more updates than its limit, while another room keeps relaying', async () => {
    const { peer, probe, server } = await setup({ roomUpdatesPerSecond: 20, roomUpdateBurst: 40 });
    const flooders = await Promise.all([1, 2, 3].map(() => peer('small')));
    const before = probe.done.length;
    // Each socket stays far under its own message limit; together they pass the room's.
    await Promise.all(flooders.map((f, n) => Promise.all(editsFrom(40, `f${n}_`).map((u) => f.isOpen() && f.send(syncUpdate(u))))));
    const closes = await Promise.all(flooders.map((f) => Promise.race([f.closed, new Promise<undefined>((r) => setTimeout(r, 3000))])));
    const codes = closes.filter((c) => c !== undefined).map((c) => c!.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set([CLOSE.roomBusy]));
    await waitFor(() => probe.done.length >= before + 5, 20_000, 'the probe in the other room to keep relaying');
    expect(probe.peers.every((p) => p.isOpen())).toBe(true);
    // What the room accepted is at most its burst plus what the rate refilled meanwhile.
    const statements = [...(server.rooms.loaded.get('small')?.doc.getMap('statements').keys() ?? [])];
    expect(statements.filter((s) => /^f\d_/.test(s)).length).toBeLessThan(120);
  });

  it('the default limits never close a workshop of 50 editors × 20 edits/s, even after a 5 s stall, but do close a flood', () => {
    // Simulated clock: each editor sends an edit and a presence update at random moments,
    // 20 of each per second on average; the server stalls for 5 s (a long write, a GC) and
    // then reads the backlog at once.
    const rng = createRng(5);
    let now = 0;
    const clock = () => now;
    const room = createBucket(DEFAULT_SYNC_LIMITS.roomUpdatesPerSecond, DEFAULT_SYNC_LIMITS.roomUpdateBurst, clock);
    const sockets = Array.from({ length: 50 }, () => createBucket(DEFAULT_SYNC_LIMITS.messagesPerSecond, DEFAULT_SYNC_LIMITS.messageBurst, clock));
    const events: { at: number; editor: number; edit: boolean }[] = [];
    for (let editor = 0; editor < 50; editor++) {
      for (let t = rng.next() * 50; t < 60_000; t += rng.next() * 100) events.push({ at: t, editor, edit: true });
      for (let t = rng.next() * 50; t < 60_000; t += rng.next() * 100) events.push({ at: t, editor, edit: false });
    }
    events.sort((a, b) => a.at - b.at);
    let refused = 0;
    for (const e of events) {
      now = e.at >= 30_000 && e.at < 35_000 ? 35_000 : e.at;
      if (!sockets[e.editor].take() || (e.edit && !room.take())) refused++;
    }
    expect(events.length).toBeGreaterThan(50 * 40 * 55);
    expect(refused).toBe(0);
    // Five times the workshop's rate for 10 s is refused.
    let flood = 0;
    for (let i = 0; i < 50_000; i++) {
      now = 100_000 + i * 0.2;
      if (!room.take()) flood++;
    }
    expect(flood).toBeGreaterThan(10_000);
  });

  it('fans an update out encoded once: every other peer gets the same message, the sender none', () => {
    const got = new Map<RoomPeer, Uint8Array[]>();
    const makePeer = (): RoomPeer => {
      const peer: RoomPeer = { awarenessIds: new Set(), send: (m) => got.get(peer)!.push(m), close: () => {} };
      got.set(peer, []);
      return peer;
    };
    const peers = Array.from({ length: 5 }, makePeer);
    const room = { id: 'r', peers: new Set(peers) } as unknown as Room;
    broadcastUpdate(room, editsFrom(1, 'x')[0], peers[0]);
    expect(got.get(peers[0])).toHaveLength(0);
    const sent = peers.slice(1).map((p) => got.get(p)!);
    expect(sent.every((m) => m.length === 1)).toBe(true);
    expect(new Set(sent.map((m) => m[0])).size).toBe(1);
  });

  it('fans presence out batched: pointer moves arriving together reach each peer as one message with the latest states', async () => {
    const { peer } = await setup();
    const listener = await peer('small');
    const senders = await Promise.all([0, 1, 2, 3, 4].map(() => peer('small')));
    await waitFor(() => listener.messages.length > 0, 5000, 'the greeting');
    const seen = listener.messages.length;
    const pointer = (name: string, x: number) => JSON.stringify({ user: { name, color: '#3366cc' }, cursor: { x, y: 10 }, selection: [], editing: null, viewport: null, drag: null });
    // Each sender's ten moves leave in one write, so the server reads them in one go.
    for (const [i, s] of senders.entries()) {
      const socket = (s.ws as unknown as { _socket: import('node:net').Socket })._socket;
      socket.cork();
      for (let clock = 1; clock <= 10; clock++) void s.send(awarenessFrame([{ clientId: 900 + i, clock, json: pointer(`p${i}`, clock) }]));
      socket.uncork();
    }
    const states = new Map<number, unknown>();
    const presence = () => listener.messages.slice(seen).filter((m) => m[0] === 1);
    await waitFor(() => {
      for (const m of presence()) for (const [id, state] of readAwareness(m)!) states.set(id, state);
      return [0, 1, 2, 3, 4].every((i) => (states.get(900 + i) as { cursor?: { x: number } } | undefined)?.cursor?.x === 10);
    }, 5000, 'every pointer’s last position');
    // 50 moves: one message per sender's batch at most, not one per move.
    expect(presence().length).toBeLessThanOrEqual(senders.length);
  });
});

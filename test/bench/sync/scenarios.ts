import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ArgumentMap } from '../../../core/model/types';
import { createDocFromMap } from '../../../core/sync';
import type { BenchServer } from './servers';
import { cpuMs } from './servers';
import { type Move, type WireClient, connectWire } from './wireClient';

/**
 * Sync scenarios, the same for Warrant's server and the stock one: a room holding `map`, movers
 * (in their own process) that drag their own statement, each move a document update as a drag's
 * end writes, and watchers that time each move from send to arrival. A move overwritten by a
 * newer move of the same client before it went out (a server may merge one tick's updates)
 * counts as arrived when the newer one does: that is when the watcher's map is up to date.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();

/** Opens a room; the stock server learns the map from a first client that brings it. */
async function openRoom(server: BenchServer, map: ArgumentMap): Promise<{ url: string; owner?: WireClient }> {
  const url = await server.createRoom(map);
  if (server.label !== 'stock') return { url };
  const owner = connectWire(url, { doc: createDocFromMap(map) });
  await owner.synced;
  return { url, owner };
}

export interface SyncSample {
  /** Latency of every move, in ms, at every watcher. */
  readonly latencies: number[];
  readonly sent: number;
  /** Moves some watcher never saw, not even overwritten by a later one. */
  readonly missing: number;
  /** Server CPU time per move sent, in ms. */
  readonly cpuPerUpdate: number;
}

type Forked = ReturnType<typeof fork>;
const nextMessage = <T>(child: Forked) => new Promise<T>((resolve, reject) => {
  child.once('message', (m) => resolve(m as T));
  child.once('exit', (code) => reject(new Error(`movers exited with ${code}`)));
});

async function runMoves(server: BenchServer, map: ArgumentMap, movers: number, watchers: number, hz: number, seconds: number): Promise<SyncSample> {
  const { url, owner } = await openRoom(server, map);
  const seen = Array.from({ length: watchers }, () => [] as { client: number; seq: number; at: number }[]);
  const clients = seen.map((log) => connectWire(url, { observe: (m: Move) => log.push({ ...m, at: now() }) }));
  const child = fork(join(import.meta.dirname, 'movers.ts'), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  try {
    await Promise.all(clients.map((c) => c.synced));
    child.send({ url, ids: map.statements.slice(0, movers).map((s) => s.id), hz, seconds });
    await nextMessage(child);
    await sleep(200);
    const cpuBefore = cpuMs(server.pid);
    child.send({ go: true });
    const { sentAt } = await nextMessage<{ sentAt: [number, number, number][] }>(child);
    const lastSeq = new Map<number, number>();
    for (const [client, seq] of sentAt) lastSeq.set(client, Math.max(seq, lastSeq.get(client) ?? 0));
    const deadline = Date.now() + 10_000;
    const upToDate = () => seen.every((log) => [...lastSeq].every(([c, s]) => log.some((m) => m.client === c && m.seq === s)));
    while (!upToDate() && Date.now() < deadline) await sleep(100);
    const cpu = cpuMs(server.pid) - cpuBefore;
    const sent = new Map(sentAt.map(([c, s, t]) => [`${c}:${s}`, t]));
    const latencies: number[] = [];
    let missing = 0;
    for (const log of seen) {
      // Each move arrives with the first arrival of it or a later move of the same client.
      const firstAt = new Map<string, number>();
      const latest = new Map<number, number>();
      for (const m of log.sort((a, b) => a.at - b.at)) {
        for (let q = (latest.get(m.client) ?? 0) + 1; q <= m.seq; q++) firstAt.set(`${m.client}:${q}`, m.at);
        latest.set(m.client, Math.max(m.seq, latest.get(m.client) ?? 0));
      }
      for (const [key, t] of sent) {
        const at = firstAt.get(key);
        if (at === undefined) missing++;
        else latencies.push(at - t);
      }
    }
    return { latencies, sent: sentAt.length, missing, cpuPerUpdate: cpu / sentAt.length };
  } finally {
    child.kill();
    clients.forEach((c) => c.close());
    owner?.close();
    await sleep(300);
  }
}

/** One person edits, one watches: latency with no load. */
export const idleLatency = (server: BenchServer, map: ArgumentMap) => runMoves(server, map, 1, 1, 20, 6);

/** Twenty people dragging at 60 updates a second each, two more watching. */
export const dragLoad = (server: BenchServer, map: ArgumentMap) => runMoves(server, map, 20, 2, 60, 5);

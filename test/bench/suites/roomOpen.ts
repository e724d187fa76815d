import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { STATEMENTS, createDocFromMap, withPositions } from '../../../core/sync';
import type { ArgumentMap } from '../../../core/model/types';
import { ROOT } from '../../helpers/server';
import { generateMap } from '../generateMap';
import { interleave, timed } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';
import { startStock, startWarrant } from '../sync/servers';
import { connectWire } from '../sync/wireClient';

/**
 * Opening a room: from a client's connect to the moment it holds the whole document (its first
 * sync reply applied, every statement there). Warrant opens a stored map that is not in memory
 * (a room created through the API, never opened, then read from SQLite); the baseline is the
 * stock server with the same document already in memory (a first client keeps it there).
 * room.open.seed: the first open of the seeded map in a fresh data folder (Warrant seeds it from
 * maps/) against the stock server holding it in memory.
 *
 * Fair and stable: each side opens once, uncounted, before the counted rounds (a fresh process
 * compiles its decoding paths on its first open); rounds alternate; after every open both
 * servers answer an HTTP request before the next one starts, so work one open leaves behind
 * (a room built after its client has left) is never timed as part of the next.
 */

const ROUNDS: Record<number, number> = { 1000: 15, 10000: 7 };
const SEED_ROUNDS = 7;
const spread = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;

/** Connect, take the first full sync, check every statement is there, leave. */
async function syncOnce(url: string, statements: number): Promise<number> {
  let held = 0;
  const ms = await timed(async () => {
    const c = connectWire(url);
    await c.synced;
    held = c.doc.getMap(STATEMENTS).size;
    c.close();
  });
  if (held !== statements) throw new Error(`${url}: the first sync held ${held} of ${statements} statements`);
  return ms;
}

/**
 * Resolves once the server's event loop is free again (it answers a plain HTTP request). A new
 * connection each time: a kept-alive one can be closed by the server while idle during a long
 * open, and the request then fails ("other side closed").
 */
function settle(httpUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(httpUrl, { agent: false }, (res) => res.resume().on('end', resolve)).on('error', reject);
  });
}

const httpOf = (wsUrl: string, path: string) => `${new URL(wsUrl).origin.replace(/^ws/, 'http')}${path}`;

/** A stock room holding `map` in memory, kept there by a client that stays connected. */
async function stockRoom(stock: Awaited<ReturnType<typeof startStock>>, map: ArgumentMap) {
  const url = await stock.createRoom(map);
  const owner = connectWire(url, { doc: createDocFromMap(map) });
  await owner.synced;
  return { url, close: () => owner.close() };
}

export const suite: BenchSuite = {
  name: 'room',
  async run(): Promise<Figure[]> {
    const ours = await startWarrant();
    const stock = await startStock();
    const figures: Figure[] = [];
    try {
      for (const n of [1000, 10000]) {
        const rounds = ROUNDS[n];
        const map = withPositions(generateMap(n, { seed: 5 }));
        // One room per open (each never opened before), plus the warm-up's.
        const rooms = await Promise.all(Array.from({ length: rounds + 1 }, () => ours.createRoom(map)));
        const held = await stockRoom(stock, map);
        const stockOpen = async () => {
          const ms = await syncOnce(held.url, n);
          await settle(httpOf(held.url, '/'));
          return ms;
        };
        const ourOpen = async () => {
          const ms = await syncOnce(rooms.pop()!, n);
          await settle(`${ours.url}/health`);
          return ms;
        };
        await ourOpen();
        await stockOpen();
        const r = await interleave(rounds, ourOpen, stockOpen);
        held.close();
        console.error(`  ${n}: warrant ${r.subject.map((x) => x.toFixed(0)).join(', ')} ms; stock ${r.baseline.map((x) => x.toFixed(0)).join(', ')} ms`);
        figures.push({ name: `room.open.${n}`, value: median(r.subject), unit: 'ms', baseline: 'stock @y/websocket-server 0.1.1, in memory', baselineValue: median(r.baseline), n: rounds, spread: spread(r.subject), note: 'connect to the whole document applied; Warrant reads the map from SQLite; one uncounted open per side first' });
      }
    } finally {
      await ours.stop();
    }
    // The seeded map's first open: a fresh Warrant server (empty data folder) per round.
    const seed = JSON.parse(readFileSync(join(ROOT, 'maps/csto-kazakhstan-2022.json'), 'utf8')) as ArgumentMap;
    const held = await stockRoom(stock, withPositions(seed));
    const stockOpen = async () => {
      const ms = await syncOnce(held.url, seed.statements.length);
      await settle(httpOf(held.url, '/'));
      return ms;
    };
    const firstOpen = async () => {
      const fresh = await startWarrant({ mapsDir: join(ROOT, 'maps') });
      try {
        return await syncOnce(`${fresh.url.replace(/^http/, 'ws')}/sync/csto-kazakhstan-2022`, seed.statements.length);
      } finally {
        await fresh.stop();
      }
    };
    try {
      await stockOpen(); // a fresh Warrant process per round: its own first open is what is measured
      const r = await interleave(SEED_ROUNDS, firstOpen, stockOpen);
      console.error(`  seed: warrant ${r.subject.map((x) => x.toFixed(1)).join(', ')} ms; stock ${r.baseline.map((x) => x.toFixed(1)).join(', ')} ms`);
      figures.push({ name: 'room.open.seed', value: median(r.subject), unit: 'ms', baseline: 'stock @y/websocket-server 0.1.1, in memory', baselineValue: median(r.baseline), n: SEED_ROUNDS, spread: spread(r.subject), note: 'first open of the seeded map in a fresh data folder' });
    } finally {
      held.close();
      await stock.stop();
    }
    return figures;
  },
};

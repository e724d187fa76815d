import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPositions } from '../../../core/sync';
import { ROOT } from '../../helpers/server';
import { generateMap } from '../generateMap';
import { interleave, timed } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';
import { startStock, startWarrant } from '../sync/servers';
import { connectWire } from '../sync/wireClient';
import type { ArgumentMap } from '../../../core/model/types';
import { createDocFromMap } from '../../../core/sync';

/**
 * Opening a room: from a client's connect to its first complete sync. Warrant opens a stored map
 * that is not in memory (a room created through the API, never opened, then read from SQLite);
 * the baseline is the stock server with the same document already in memory (a first client
 * keeps it there). room.open.seed: the first open of the seeded map in a fresh data folder
 * (Warrant seeds it from maps/) against the stock server holding it in memory.
 */

const ROUNDS = 5;
const spread = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;

async function syncOnce(url: string): Promise<number> {
  return timed(async () => {
    const c = connectWire(url);
    await c.synced;
    c.close();
  });
}

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
        const map = withPositions(generateMap(n, { seed: 5 }));
        const rooms = await Promise.all(Array.from({ length: ROUNDS }, () => ours.createRoom(map)));
        const held = await stockRoom(stock, map);
        let k = 0;
        const r = await interleave(ROUNDS, () => syncOnce(rooms[k++]), () => syncOnce(held.url));
        held.close();
        console.error(`  ${n}: warrant ${r.subject.map((x) => x.toFixed(0)).join(', ')} ms; stock ${r.baseline.map((x) => x.toFixed(0)).join(', ')} ms`);
        figures.push({ name: `room.open.${n}`, value: median(r.subject), unit: 'ms', baseline: 'stock @y/websocket-server 0.1.1, in memory', baselineValue: median(r.baseline), n: ROUNDS, spread: spread(r.subject), note: 'connect to first full sync; Warrant reads the map from SQLite' });
      }
    } finally {
      await ours.stop();
    }
    // The seeded map's first open: a fresh Warrant server (empty data folder) per round.
    const seed = JSON.parse(readFileSync(join(ROOT, 'maps/csto-kazakhstan-2022.json'), 'utf8')) as ArgumentMap;
    const held = await stockRoom(stock, withPositions(seed));
    const firstOpen = async () => {
      const fresh = await startWarrant({ mapsDir: join(ROOT, 'maps') });
      try {
        return await syncOnce(`${fresh.url.replace(/^http/, 'ws')}/sync/csto-kazakhstan-2022`);
      } finally {
        await fresh.stop();
      }
    };
    try {
      const r = await interleave(ROUNDS, firstOpen, () => syncOnce(held.url));
      figures.push({ name: 'room.open.seed', value: median(r.subject), unit: 'ms', baseline: 'stock @y/websocket-server 0.1.1, in memory', baselineValue: median(r.baseline), n: ROUNDS, spread: spread(r.subject), note: 'first open of the seeded map in a fresh data folder' });
    } finally {
      held.close();
      await stock.stop();
    }
    return figures;
  },
};

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOps, readMap } from '../../core/sync';
import { randomEdit } from '../helpers/randomEdits';
import { sortedMap } from '../helpers/randomMap';
import { createRng } from '../helpers/rng';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** Seeds run on every test run; a few, to stay fast. */
const SEEDS = [1, 2, 3, 4, 5, 6];
/**
 * Seeds that once failed, kept forever as named tests (add a seed here with the date and
 * what it found, before fixing the bug it exposed).
 */
const REGRESSION_SEEDS: { seed: number; found: string }[] = [];

const CLIENTS = 5;
const STEPS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Five unmodified y-websocket clients make random edits through the real server while
 * randomly dropping off and coming back; at the end all reconnect and must hold the same
 * document: equal state vectors and equal maps (the server's included).
 */
async function runFuzz(seed: number): Promise<void> {
  const rng = createRng(seed);
  const server = await startServerWith(makeDirs());
  cleanups.add(() => server.close());
  const clients = Array.from({ length: CLIENTS }, () => connectClient(server.url, 'small'));
  cleanups.add(() => clients.forEach((c) => c.provider.destroy()));
  await Promise.all(clients.map((c) => synced(c.provider)));
  let ids = 0;
  const log: string[] = [];
  for (let step = 0; step < STEPS; step++) {
    const i = rng.int(CLIENTS);
    const { provider, doc } = clients[i];
    if (rng.chance(0.08)) {
      if (provider.shouldConnect) provider.disconnect();
      else provider.connect();
      log.push(`${step}: client ${i} ${provider.shouldConnect ? 'reconnects' : 'goes offline'}`);
    } else {
      const ops = randomEdit(rng, doc, () => `x${seed}_${i}_${ids++}`);
      log.push(`${step}: client ${i} ${ops.map((o) => o.type).join(',')}`);
      applyOps(doc, ops);
    }
    if (rng.chance(0.3)) await sleep(rng.int(6));
  }
  for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
  // The server's copy too (unloaded while every client happened to be offline, loaded again on reconnect).
  const docs: (() => Y.Doc | undefined)[] = [...clients.map((c) => () => c.doc), () => server.rooms.loaded.get('small')?.doc];
  const vectors = () => docs.map((d) => { const doc = d(); return doc ? Y.encodeStateVector(doc).toString() : 'not loaded'; });
  try {
    await waitFor(() => new Set(vectors()).size === 1 && clients.every((c) => c.provider.synced), 10_000, 'convergence');
  } catch (e) {
    throw new Error(`seed ${seed} did not converge; last steps:\n${log.slice(-15).join('\n')}`, { cause: e });
  }
  const maps = docs.map((d) => sortedMap(readMap(d()!).map));
  for (const m of maps.slice(1)) expect(m, `seed ${seed}`).toEqual(maps[0]);
  expect(maps[0].statements.length).toBeGreaterThan(0);
}

describe('convergence fuzz: 5 clients, random edits, random disconnects', () => {
  it.each(SEEDS)('seed %i converges', (seed) => runFuzz(seed));
  for (const { seed, found } of REGRESSION_SEEDS) it(`regression seed ${seed}: ${found}`, () => runFuzz(seed));
});

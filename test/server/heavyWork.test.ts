import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../server/app';
import { generateMap } from '../bench/generateMap';
import { COMPILED, pickFreePort, spawnServer } from '../helpers/childServer';
import { createApi } from '../helpers/http';
import { startRelayProbe } from '../helpers/relayProbe';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** A map whose PDF or 4× PNG takes the server seconds to lay out and draw. */
const BIG = generateMap(250, { seed: 12 });
/** A map whose reading and diffing takes the server about a second (placed already: no layout on import). */
const LARGE_MAP = generateMap(3000, { seed: 5 });
const LARGE = {
  ...LARGE_MAP,
  statements: LARGE_MAP.statements.map((s, i) => ({ ...s, position: { x: (i % 60) * 300, y: Math.floor(i / 60) * 200 } })),
  sources: [{ id: 'notes', title: 'Notes', text: 'Field notes. '.repeat(1000) }],
};

async function spawned(args?: string[]) {
  const dirs = makeDirs();
  const server = await spawnServer({ PORT: String(await pickFreePort()), DATA_DIR: dirs.dataDir, MAPS_DIR: dirs.mapsDir, AUTO_VERSION_MINUTES: '0' }, 30_000, args);
  cleanups.add(() => server.child.kill('SIGKILL'));
  return server;
}

async function inProcess(workers: ServerConfig['workers']) {
  const dirs = makeDirs();
  // Also a seed map (stored when first used), for a server whose time limit would stop the import.
  writeFileSync(join(dirs.mapsDir, 'big.json'), JSON.stringify(BIG));
  const server = await startServerWith(dirs, { workers, autoVersionMinutes: 0 });
  cleanups.add(() => server.close());
  return server;
}

async function importBig(api: ReturnType<typeof createApi>): Promise<string> {
  const created = await api('POST', '/api/maps', BIG);
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('exports, imports and layouts run on worker threads', () => {
  it('keeps relaying edits in another room while a big PDF is drawn (server run from its sources)', async () => {
    const server = await spawned();
    const api = createApi(server.url);
    const id = await importBig(api);
    // Paced like a person's edits (≤ 100/s): unpaced, the probe spends its message burst in
    // about 2 s and is closed as a flood (4529) before a long export ends.
    const probe = await startRelayProbe(`${server.url.replace(/^http/, 'ws')}/sync/small`, { pauseMs: 10 });
    cleanups.add(() => probe.stop());
    const started = performance.now();
    const res = await fetch(`${server.url}/api/maps/${id}/export?format=pdf`);
    const body = Buffer.from(await res.arrayBuffer());
    const ended = performance.now();
    await probe.stop();
    expect(res.status).toBe(200);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // The probe's round trips kept completing all through the export, not only around it.
    const during = probe.done.filter((t) => t > started && t < ended);
    const middle = (started + ended) / 2;
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(during.some((t) => t < middle)).toBe(true);
    expect(during.some((t) => t > middle)).toBe(true);
  });

  it('the compiled server (build/server.js) runs its exports and imports on build/worker.js', async () => {
    const server = await spawned(COMPILED);
    const api = createApi(server.url);
    const svg = await fetch(`${server.url}/api/maps/small/export?format=svg`);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toMatch(/^<\?xml|^<svg/);
    const created = await api('POST', '/api/maps', { ...BIG, statements: BIG.statements.slice(0, 5), inferences: [], comments: [] });
    expect(created.status).toBe(201);
    expect((await api('GET', `/api/maps/${created.body.id}`)).body.statements).toHaveLength(5);
  });

  it('answers 503 with Retry-After when every worker is busy and the queue is full', async () => {
    const server = await inProcess({ size: 1, queueLimit: 1 });
    const api = createApi(server.url);
    const id = await importBig(api);
    const answers = await Promise.all([1, 2, 3].map(() => fetch(`${server.url}/api/maps/${id}/export?format=pdf`)));
    const busy = answers.filter((r) => r.status === 503);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 503]);
    expect(Number(busy[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await busy[0].json()).error).toMatch(/busy.*try again in \d+ s/);
  });

  it('stops an export that runs past the time limit with a clear error, and the next export works', async () => {
    const server = await inProcess({ size: 1, timeLimitMs: 300 });
    const api = createApi(server.url);
    const slow = await api('GET', '/api/maps/big/export?format=png&scale=4');
    expect(slow.status).toBe(503);
    expect(slow.body.error).toMatch(/took longer than the server's limit of 0\.3 s and was stopped: export part of the map/);
    const next = await api('GET', '/api/maps/small/export?format=json');
    expect(next.status).toBe(200);
    expect(next.body.statements.length).toBeGreaterThan(0);
  });

  it('refuses a bad import with the first problem and its list, and creates nothing', async () => {
    const server = await inProcess({});
    const admin = createApi(server.url);
    const before = (await admin('GET', '/api/maps')).body.length;
    const bad = await admin('POST', '/api/maps', { ...BIG, statements: [{ id: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^Invalid map: statements/);
    expect(bad.body.issues.length).toBeGreaterThan(0);
    const garbage = await admin('POST', '/api/maps', '{"title": ');
    expect(garbage.status).toBe(400);
    expect(garbage.body.error).toMatch(/not valid JSON/);
    expect((await admin('GET', '/api/maps')).body.length).toBe(before);
  });

  it('keeps relaying edits in another room while a big map’s version diff is computed (server run from its sources)', async () => {
    const server = await spawned();
    const api = createApi(server.url);
    const { body: { id } } = await api('POST', '/api/maps', LARGE);
    const { body: { id: vid } } = await api('POST', `/api/maps/${id}/versions`, { name: 'Before' });
    expect((await api('PATCH', `/api/maps/${id}`, { title: 'Large, renamed' })).status).toBe(200);
    const probe = await startRelayProbe(`${server.url.replace(/^http/, 'ws')}/sync/small`, { pauseMs: 10 });
    cleanups.add(() => probe.stop());
    const started = performance.now();
    const answers = await Promise.all([
      api('GET', `/api/maps/${id}/versions/${vid}/diff`), api('GET', `/api/maps/${id}/versions/${vid}`), api('GET', `/api/maps/${id}/sources`),
      api('GET', `/api/maps/${id}/versions/${vid}/diff`),
    ]);
    const ended = performance.now();
    await probe.stop();
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers[0].body.meta).toBeDefined();
    expect(answers[1].body.statements).toHaveLength(LARGE.statements.length);
    const during = probe.done.filter((t) => t > started && t < ended);
    const middle = (started + ended) / 2;
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(during.some((t) => t < middle)).toBe(true);
    expect(during.some((t) => t > middle)).toBe(true);
  });

  it.each([
    ['a saved version', (id: string, vid: number) => `/api/maps/${id}/versions/${vid}`],
    ['a version diff', (id: string, vid: number) => `/api/maps/${id}/versions/${vid}/diff`],
    ['the list of sources', (id: string) => `/api/maps/${id}/sources`],
    ['a source text', (id: string) => `/api/maps/${id}/sources/notes`],
  ])('reads %s of a big map on a worker, not on the event loop (a tiny time limit stops it with 503)', async (_name, path) => {
    const dirs = makeDirs();
    const first = await startServerWith(dirs, { autoVersionMinutes: 0 });
    const api = createApi(first.url);
    const { body: { id } } = await api('POST', '/api/maps', LARGE);
    const { body: { id: vid } } = await api('POST', `/api/maps/${id}/versions`, { name: 'v' });
    expect((await api('GET', path(id, vid))).status).toBe(200);
    await first.close();
    const server = await startServerWith(dirs, { workers: { size: 1, timeLimitMs: 5 }, autoVersionMinutes: 0 });
    cleanups.add(() => server.close());
    const stopped = await createApi(server.url)('GET', path(id, vid));
    expect(stopped.status).toBe(503);
    expect(stopped.body.error).toMatch(/took longer than the server's limit/);
  });
});

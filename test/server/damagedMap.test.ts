import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyMap } from '../../core/model';
import { createApi } from '../helpers/http';
import { openPeer, syncKind, syncStep1 } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { corruptLastUpdate } from '../helpers/storedRooms';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const MARKER = 'Unmistakable-marker-of-the-damaged-map';
/** Only in the map's stored changes, not in its saved version. */
const LATER = 'Text-added-after-the-saved-version';

/**
 * A data folder with two maps: "damaged" has a saved version and a later change; "healthy" is
 * untouched. The server that wrote them has stopped.
 */
async function twoMaps() {
  const dirs = makeDirs();
  const server = await startServerWith(dirs);
  const api = createApi(server.url);
  const statements = [testStatement({ id: 'a', text: `${MARKER} ${'long text '.repeat(300)}` }), testStatement({ id: 'b', text: 'Second' })];
  const damaged = (await api('POST', '/api/maps', { ...createEmptyMap('To be damaged'), statements })).body.id as string;
  const healthy = (await api('POST', '/api/maps', { ...createEmptyMap('Healthy'), statements: [testStatement({ id: 'h', text: 'Fine' })] })).body.id as string;
  expect((await api('POST', `/api/maps/${damaged}/versions`, { name: 'Before the break' })).status).toBe(201);
  expect((await api('PATCH', `/api/maps/${damaged}`, { title: 'Renamed after the version' })).status).toBe(200);
  expect((await api('POST', `/api/maps/${damaged}/sources`, { title: 'Notes', text: `${LATER} ${'more '.repeat(400)}` })).status).toBe(201);
  await server.close();
  return { dirs, damaged, healthy, file: join(dirs.dataDir, 'warrant.sqlite') };
}

async function restart(dirs: { dataDir: string; mapsDir: string }) {
  const server = await startServerWith(dirs);
  cleanups.add(() => server.close());
  return { server, api: createApi(server.url), ws: (id: string) => `${server.url.replace(/^http/, 'ws')}/sync/${id}` };
}

/** A raw socket's first answer to sync step 1, or its close. */
async function openMap(url: string) {
  const peer = await openPeer(url);
  cleanups.add(() => peer.ws.terminate());
  await peer.send(syncStep1());
  return Promise.race([
    peer.closed.then((c) => ({ closed: c })),
    new Promise<{ synced: true }>((resolve) => {
      const check = setInterval(() => {
        if (!peer.messages.some((m) => syncKind(m) === 1)) return;
        clearInterval(check);
        resolve({ synced: true });
      }, 20);
    }),
  ]);
}

describe.each([
  ['a corrupt stored update', corruptLastUpdate],
  ['a damaged page under its stored changes', (file: string) => {
    const bytes = readFileSync(file);
    let at = bytes.indexOf(LATER);
    expect(at).toBeGreaterThan(0);
    for (; at >= 0; at = bytes.indexOf(LATER, at + 1)) bytes.fill(0xff, Math.max(0, at - 24), at + LATER.length);
    writeFileSync(file, bytes);
  }],
])('issue 12 item 7: a map with %s', (_name, damage) => {
  it('is reported as damaged by name, the other maps keep working, and its last saved version can be restored', async () => {
    const { dirs, damaged, healthy, file } = await twoMaps();
    damage(file, damaged);
    const { api, ws } = await restart(dirs);

    const res = await api('GET', `/api/maps/${damaged}`);
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ damaged: true, mapId: damaged });
    expect(res.body.error).toMatch(new RegExp(`^The map "${damaged}" is damaged: .*restore its last saved version \\(POST /api/maps/${damaged}/repair\\)`));
    expect(await openMap(ws(damaged))).toEqual({ closed: { code: 4422, reason: expect.stringMatching(new RegExp(`^The map "${damaged}" is damaged`)) } });

    // Everyone else carries on.
    expect((await api('GET', `/api/maps/${healthy}`)).body.statements.map((s: { text: string }) => s.text)).toEqual(['Fine']);
    expect(await openMap(ws(healthy))).toEqual({ synced: true });
    expect((await api('GET', '/api/maps')).status).toBe(200);
    expect((await api('PATCH', `/api/maps/${healthy}`, { title: 'Still editable' })).status).toBe(200);
    expect((await api('POST', `/api/maps/${healthy}/repair`)).status).toBe(409);

    const repaired = await api('POST', `/api/maps/${damaged}/repair`);
    expect(repaired.status, JSON.stringify(repaired.body)).toBe(200);
    expect(repaired.body.restoredVersion.name).toBe('Before the break');
    const back = (await api('GET', `/api/maps/${damaged}`)).body;
    expect(back.title).toBe('To be damaged');
    expect(back.statements.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    expect(back.statements[0].text).toContain(MARKER);
    expect(back.sources).toEqual([]);
    expect(await openMap(ws(damaged))).toEqual({ synced: true });
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { opsToRestore } from '../../core/history';

import { LOCAL_ORIGIN, applyOps, getDocParts, readMap } from '../../core/sync';
import { openVersionStore } from '../../server/persistence/versions';
import { createApi } from '../helpers/http';
import { sortedMap } from '../helpers/randomMap';
import { roomText } from '../helpers/roomMap';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup(autoVersionMinutes = 0) {
  const dirs = makeDirs();
  const server = await startServerWith(dirs, { autoVersionMinutes });
  cleanups.add(() => server.close());
  return { server, dirs, api: createApi(server.url) };
}

function client(url: string) {
  const c = connectClient(url, 'small');
  cleanups.add(() => c.provider.destroy());
  return c;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('named versions', () => {
  it('saves, lists newest first, serves read-only and diffs against the current map', async () => {
    const { server, api } = await setup();
    const first = await api('POST', '/api/maps/small/versions', { name: 'Before the workshop' });
    expect(first).toMatchObject({ status: 201, body: { id: expect.any(Number), name: 'Before the workshop', auto: false } });
    const a = client(server.url);
    await synced(a.provider);
    applyOps(a.doc, [
      { type: 'setStatementText', id: sid('t'), text: 'We should plant far more trees.' },
      { type: 'addStatement', statement: testStatement({ id: 'n', text: 'New' }) },
      { type: 'removeStatement', id: sid('o1') },
    ]);
    await waitFor(() => server.rooms.loaded.get('small')!.doc.getMap('statements').has('n'));
    const second = (await api('POST', '/api/maps/small/versions', { name: 'After' })).body;
    expect((await api('GET', '/api/maps/small/versions')).body.map((v: { id: number }) => v.id)).toEqual([second.id, first.body.id]);
    const old = (await api('GET', `/api/maps/small/versions/${first.body.id}`)).body;
    expect(old.statements.map((s: { id: string }) => s.id).sort()).toEqual(['o1', 'r1', 't']);
    const diff = (await api('GET', `/api/maps/small/versions/${first.body.id}/diff`)).body;
    expect(diff.statements.added.map((s: { id: string }) => s.id)).toEqual(['n']);
    expect(diff.statements.removed.map((s: { id: string }) => s.id)).toEqual(['o1']);
    expect(diff.statements.changed).toEqual([{ id: 't', fields: ['text'] }]);
    expect(diff.inferences.removed.map((i: { id: string }) => i.id)).toEqual(['i2']);
    expect((await api('GET', `/api/maps/small/versions/${second.id}/diff`)).body.statements).toEqual({ added: [], removed: [], changed: [] });
  });

  it('validates names and ids', async () => {
    const { api } = await setup();
    expect((await api('POST', '/api/maps/small/versions', {})).body.error).toMatch(/"name" is required/);
    expect((await api('POST', '/api/maps/small/versions', { name: 'x'.repeat(201) })).status).toBe(400);
    expect((await api('POST', '/api/maps/nope/versions', { name: 'x' })).status).toBe(404);
    const { body } = await api('POST', '/api/maps/small/versions', { name: 'ok' });
    for (const vid of ['abc', '99999', '-1', '1e3']) expect((await api('GET', `/api/maps/small/versions/${vid}`)).status, vid).toBe(404);
    await api('POST', '/api/maps', { ...(await api('GET', '/api/maps/small')).body, title: 'Other' }).then(async ({ body: other }) => {
      expect((await api('GET', `/api/maps/${other.id}/versions/${body.id}`)).status).toBe(404);
    });
  });

  it('restores client-side as one undoable step that reaches everyone', async () => {
    const { server, api } = await setup();
    const [a, b] = [client(server.url), client(server.url)];
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const { id } = (await api('POST', '/api/maps/small/versions', { name: 'Good state' })).body;
    applyOps(b.doc, [{ type: 'removeStatement', id: sid('r1') }, { type: 'setMeta', patch: { title: 'Wrecked' } }]);
    await waitFor(() => !readMap(a.doc).map.statements.some((s) => s.id === 'r1'), 3000, 'the wreck to reach A');
    const undo = new Y.UndoManager(Object.values(getDocParts(a.doc)), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 500, ignoreRemoteMapChanges: true });
    const target = (await api('GET', `/api/maps/small/versions/${id}`)).body;
    applyOps(a.doc, opsToRestore(readMap(a.doc).map, target));
    await waitFor(() => readMap(b.doc).map.title === 'Small test map', 3000, 'the restore to reach B');
    expect(sortedMap(readMap(b.doc).map)).toEqual(sortedMap(target));
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    await waitFor(() => readMap(b.doc).map.title === 'Wrecked', 3000, 'the undo to reach B');
  });
});

describe('automatic versions', () => {
  it('saves at most one per interval while a map is edited, and none while it is idle', async () => {
    const { server, api } = await setup(0.005); // 300 ms
    const a = client(server.url);
    await synced(a.provider);
    const start = Date.now();
    for (let i = 0; Date.now() - start < 1000; i++) {
      applyOps(a.doc, [{ type: 'setStatementText', id: sid('t'), text: `Edit ${i}` }]);
      await sleep(40);
    }
    await sleep(400); // the last timer fires
    const autos = (await api('GET', '/api/maps/small/versions')).body as { createdAt: string; auto: boolean }[];
    expect(autos.every((v) => v.auto)).toBe(true);
    expect(autos.length).toBeGreaterThanOrEqual(2);
    expect(autos.length).toBeLessThanOrEqual(4);
    const times = autos.map((v) => Date.parse(v.createdAt)).reverse();
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(290);
    await sleep(700);
    expect((await api('GET', '/api/maps/small/versions')).body).toHaveLength(autos.length);
    // The newest automatic version holds the last edit.
    const last = (await api('GET', `/api/maps/small/versions/${(autos[0] as unknown as { id: number }).id}`)).body;
    expect(last.statements.find((s: { id: string }) => s.id === 't').text).toBe(readMap(a.doc).map.statements.find((s) => s.id === 't')!.text);
  });

  it('saves the pending version after everyone left, and unloads the room again', async () => {
    const { server, api } = await setup(0.005);
    const a = client(server.url);
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'setStatementText', id: sid('t'), text: 'Last words' }]);
    await waitFor(() => roomText(server, 'small', 't') === 'Last words');
    a.provider.destroy();
    await waitFor(() => server.rooms.loaded.size === 0, 3000, 'the room to unload');
    await sleep(500);
    const versions = (await api('GET', '/api/maps/small/versions')).body;
    expect(versions).toHaveLength(1);
    expect(server.rooms.loaded.size).toBe(0);
    expect((await api('GET', `/api/maps/small/versions/${versions[0].id}`)).body.statements.find((s: { id: string }) => s.id === 't').text).toBe('Last words');
  });

  it('keeps the newest 50 automatic versions of a map, and every named one', async () => {
    const { server, dirs, api } = await setup(0.0005); // 30 ms
    await api('POST', '/api/maps/small/versions', { name: 'Named' });
    const db = new Database(join(dirs.dataDir, 'warrant.sqlite'));
    const store = openVersionStore(db);
    for (let i = 0; i < 60; i++) store.add('small', 'Automatic version', true, new Uint8Array([0, 0]));
    const a = client(server.url);
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'setStatementText', id: sid('t'), text: 'One more' }]);
    await waitFor(() => store.list('small').filter((v) => v.auto).length === 50, 3000, 'pruning to 50');
    const list = store.list('small');
    expect(list.filter((v) => !v.auto).map((v) => v.name)).toEqual(['Named']);
    expect(list[0].auto).toBe(true);
    db.close();
  });
});

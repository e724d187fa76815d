import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { applyOps, getDocParts, readMap } from '../../core/sync';
import { createApi } from '../helpers/http';
import { nextClose } from '../helpers/closeCode';
import { roomText } from '../helpers/roomMap';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup(dirs = makeDirs()) {
  const server = await startServerWith(dirs);
  cleanups.add(() => server.close());
  return { server, dirs, api: createApi(server.url) };
}

function client(url: string, id: string) {
  const c = connectClient(url, id);
  cleanups.add(() => c.provider.destroy());
  return c;
}

/** Moves a map's deletion time back by `days`, as if it had been deleted then. */
function backdateDeletion(dataDir: string, id: string, days: number) {
  const db = new Database(join(dataDir, 'warrant.sqlite'));
  db.prepare('UPDATE rooms SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - days * 86_400_000).toISOString(), id);
  db.close();
}

describe('map management API', () => {
  it('renames a map inside the live document: connected clients see the new title', async () => {
    const { server, api } = await setup();
    const a = client(server.url, 'small');
    await synced(a.provider);
    const res = await api('PATCH', '/api/maps/small', { title: '  Trees in cities  ' });
    expect(res).toMatchObject({ status: 200, body: { id: 'small', title: 'Trees in cities' } });
    await waitFor(() => getDocParts(a.doc).meta.get('title') === 'Trees in cities', 3000, 'title to reach the client');
    expect((await api('GET', '/api/maps')).body).toContainEqual(expect.objectContaining({ id: 'small', title: 'Trees in cities' }));
    expect((await api('GET', '/api/maps/small')).body.title).toBe('Trees in cities');
  });

  it.each([
    ['no title', {}, 400, /"title" is required/],
    ['a number', { title: 5 }, 400, /must be a string/],
    ['an empty title', { title: '   ' }, 400, /must not be empty/],
    ['a very long title', { title: 'x'.repeat(501) }, 400, /longer than 500/],
    ['a line break', { title: 'a\nb' }, 400, /one line/],
    ['an array', [], 400, /JSON object/],
    ['not JSON', '{title:', 400, /not valid JSON/],
  ])('refuses a rename with %s', async (_name, body, status, message) => {
    const { api } = await setup();
    const res = await api('PATCH', '/api/maps/small', body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  it('answers unknown and malformed ids with 404 on every route', async () => {
    const { api } = await setup();
    for (const [method, path] of [['PATCH', '/api/maps/nope'], ['DELETE', '/api/maps/nope'], ['POST', '/api/maps/nope/restore'],
      ['POST', '/api/maps/nope/duplicate'], ['GET', '/api/maps/bad%20id/versions'], ['DELETE', '/api/maps/-x']]) {
      const res = await api(method, path, method === 'PATCH' ? { title: 'x' } : undefined);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error).toBeTruthy();
    }
  });

  it('soft-deletes: sockets closed with 4404, hidden, listed as deleted, then restored with its content', async () => {
    const { server, api } = await setup();
    const a = client(server.url, 'small');
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'addStatement', statement: testStatement({ id: 'kept', text: 'Kept through deletion' }) }]);
    await waitFor(() => server.rooms.loaded.get('small')?.doc.getMap('statements').has('kept') ?? false);
    const closed = nextClose(a.provider);
    const stopped = new Promise((resolve) => a.provider.once('closed', resolve));
    const del = await api('DELETE', '/api/maps/small');
    expect(del.status).toBe(200);
    expect(del.body.deletedAt).toMatch(/^\d{4}-/);
    expect(await closed).toEqual({ code: 4404, reason: 'This map was deleted.' });
    await stopped; // the y-websocket client stops retrying
    expect(server.rooms.loaded.size).toBe(0);
    expect((await api('GET', '/api/maps/small')).body.error).toMatch(/was deleted/);
    expect((await api('GET', '/api/maps')).body.map((m: { id: string }) => m.id)).not.toContain('small');
    const deleted = (await api('GET', '/api/maps?deleted=1')).body;
    expect(deleted).toEqual([expect.objectContaining({ id: 'small', title: 'Small test map', deletedAt: del.body.deletedAt })]);
    const b = client(server.url, 'small');
    expect((await nextClose(b.provider)).code).toBe(4404);
    b.provider.destroy();

    expect((await api('POST', '/api/maps/small/restore')).status).toBe(200);
    expect((await api('POST', '/api/maps/small/restore')).status).toBe(409);
    expect((await api('GET', '/api/maps?deleted=1')).body).toEqual([]);
    const c = client(server.url, 'small');
    await synced(c.provider);
    expect(readMap(c.doc).map.statements.map((s) => s.id)).toContain('kept');
  });

  it('does not re-seed a deleted seed map, across restarts', async () => {
    const dirs = makeDirs();
    let { api, server } = await setup(dirs);
    expect((await api('DELETE', '/api/maps/small')).status).toBe(200); // never opened before
    await server.close();
    ({ api, server } = await setup(dirs));
    expect((await api('GET', '/api/maps/small')).status).toBe(404);
    expect((await api('GET', '/api/maps')).body.map((m: { id: string }) => m.id)).not.toContain('small');
    const a = client(server.url, 'small');
    expect((await nextClose(a.provider)).code).toBe(4404);
  });

  it('duplicates the current content into a new map, with or without a title', async () => {
    const { server, api } = await setup();
    const a = client(server.url, 'small');
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'setStatementText', id: sid('t'), text: 'We should plant many more trees.' }]);
    await waitFor(() => roomText(server, 'small', 't')?.includes('many') ?? false);
    const copy = await api('POST', '/api/maps/small/duplicate', { title: 'Group A' });
    expect(copy.status).toBe(201);
    expect(copy.body.id).toMatch(/^group-a-/);
    const original = (await api('GET', '/api/maps/small')).body;
    const duplicated = (await api('GET', `/api/maps/${copy.body.id}`)).body;
    expect(duplicated).toEqual({ ...original, title: 'Group A' });
    const untitled = await api('POST', '/api/maps/small/duplicate');
    expect(untitled).toMatchObject({ status: 201, body: { title: 'Small test map (copy)' } });
    expect((await api('POST', '/api/maps/small/duplicate', { title: '' })).status).toBe(400);
    // The copy is independent: editing it leaves the original alone.
    const b = client(server.url, copy.body.id);
    await synced(b.provider);
    applyOps(b.doc, [{ type: 'removeStatement', id: sid('t') }]);
    await waitFor(() => !server.rooms.loaded.get(copy.body.id)?.doc.getMap('statements').has('t'));
    expect((await api('GET', '/api/maps/small')).body.statements).toHaveLength(3);
  });

  it('purges maps deleted more than 30 days ago at startup, and keeps younger ones', async () => {
    const dirs = makeDirs();
    let { api, server } = await setup(dirs);
    const created = await api('POST', '/api/maps', (await api('GET', '/api/maps/small')).body);
    const young = created.body.id as string;
    await api('POST', '/api/maps/small/versions', { name: 'before' });
    await api('DELETE', '/api/maps/small');
    await api('DELETE', `/api/maps/${young}`);
    await server.close();
    backdateDeletion(dirs.dataDir, 'small', 31);
    backdateDeletion(dirs.dataDir, young, 29);
    ({ api, server } = await setup(dirs));
    expect((await api('GET', '/api/maps?deleted=1')).body.map((m: { id: string }) => m.id)).toEqual([young]);
    expect((await api('POST', '/api/maps/small/restore')).status).toBe(404);
    expect((await api('GET', '/api/maps/small')).status).toBe(404);
    const db = new Database(join(dirs.dataDir, 'warrant.sqlite'), { readonly: true });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM updates WHERE room = 'small'`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM versions WHERE room = 'small'`).get()).toEqual({ n: 0 });
    db.close();
    expect((await api('POST', `/api/maps/${young}/restore`)).status).toBe(200);
  });

  it('answers wrong methods with 405 and the allowed ones', async () => {
    const { api } = await setup();
    const res = await api('PUT', '/api/maps/small');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect(res.body.error).toMatch(/PUT is not allowed/);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMap } from '../../core/sync';
import { handleSourcesApi } from '../../server/api/sourcesApi';
import { createAuth } from '../../server/auth/access';
import { HttpError, sendError } from '../../server/http/respond';
import { type Store, openStore } from '../../server/persistence/store';
import { type RoomManager, SERVER_ORIGIN, createRoomManager } from '../../server/rooms';
import { createSourcePool, makeDirs } from '../helpers/server';
import type { WorkerPool } from '../../server/work/pool';

// The handler on a bare node:http server, with the real store and rooms behind it.
let http: Server;
let base: string;
let store: Store;
let rooms: RoomManager;
let work: WorkerPool;
const broadcasts: { room: string; update: Uint8Array; origin: unknown }[] = [];

beforeAll(async () => {
  const dirs = makeDirs();
  store = openStore(dirs.dataDir);
  work = createSourcePool();
  const { links, versions } = store;
  rooms = createRoomManager({ store, mapsDir: dirs.mapsDir, onBroadcast: (room, update, origin) => broadcasts.push({ room: room.id, update, origin }) });
  const ctx = { rooms, store, versions, links, auth: createAuth(undefined, links), mapsDir: dirs.mapsDir, work };
  http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    handleSourcesApi(ctx, req, res, url)
      .then((handled) => {
        if (!handled) throw new HttpError(404, 'not a sources route');
      })
      .catch((e) => sendError(res, e));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
  await work.close();
  await rooms.closeAll();
  await store.close();
});

const postJson = (body: unknown, map = 'small') =>
  fetch(`${base}/api/maps/${map}/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const postText = (body: string | Blob, query: string, type = 'text/plain; charset=utf-8') =>
  fetch(`${base}/api/maps/small/sources${query}`, { method: 'POST', headers: { 'content-type': type }, body });
const sourcesOf = async () => (await rooms.readRoomMap('small'))!.sources;

describe('the sources API', () => {
  it('attaches a JSON source to the live document and serves its text back', async () => {
    const res = await postJson({ title: 'Op-ed, 3 May', text: 'Trees cool cities.\r\nThey cost money.' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 'op-ed-3-may' });
    expect(res.headers.get('location')).toBe('/api/maps/small/sources/op-ed-3-may');
    // Line endings are made uniform, so anchors count the same characters everywhere.
    expect(await sourcesOf()).toContainEqual({ id: 'op-ed-3-may', title: 'Op-ed, 3 May', text: 'Trees cool cities.\nThey cost money.' });
    const text = await fetch(`${base}/api/maps/small/sources/op-ed-3-may`);
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await text.text()).toBe('Trees cool cities.\nThey cost money.');
    // The change was broadcast to connected peers, tagged as the server's own.
    const last = broadcasts.at(-1)!;
    expect(last.origin).toBe(SERVER_ORIGIN);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, (await rooms.withDoc('small', (r) => Y.encodeStateAsUpdate(r.doc)))!);
    expect(readMap(peer).map.sources.map((s) => s.id)).toContain('op-ed-3-may');
  });

  it('takes text/plain with the title in the query, numbering a taken id, and lists sources', async () => {
    const res = await postText('Ünïcode text — “quoted”.', '?title=Op-ed%2C%203%20May');
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 'op-ed-3-may-2' });
    expect(await (await fetch(`${base}/api/maps/small/sources/op-ed-3-may-2`)).text()).toBe('Ünïcode text — “quoted”.');
    const list = await (await fetch(`${base}/api/maps/small/sources`)).json();
    expect(list).toEqual(expect.arrayContaining([{ id: 'op-ed-3-may-2', title: 'Op-ed, 3 May', length: 24 }]));
  });

  it('keeps a chosen id and refuses it the second time with 409', async () => {
    expect((await postJson({ id: 'article', title: 'Article', text: 'Body', url: 'https://example.org/a' })).status).toBe(201);
    expect((await sourcesOf()).find((s) => s.id === 'article')?.url).toBe('https://example.org/a');
    const again = await postJson({ id: 'article', title: 'Article', text: 'Other body' });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatch(/already has a source with id "article"/);
  });

  it.each([
    ['an empty text', () => postJson({ title: 'T', text: '  \n ' }), 400, /empty/],
    ['no title', () => postJson({ text: 'Body' }), 400, /"title" is required/],
    ['a text that is not a string', () => postJson({ title: 'T', text: 42 }), 400, /"text" must be a string/],
    ['an unknown field', () => postJson({ title: 'T', text: 'x', author: 'me' }), 400, /Unknown field "author"/],
    ['a bad id', () => postJson({ id: '../x', title: 'T', text: 'x' }), 400, /not a valid source id/],
    ['a url that is not http', () => postJson({ title: 'T', text: 'x', url: 'javascript:alert(1)' }), 400, /http/],
    ['binary data', () => postText(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])]), '?title=Zip'), 400, /binary/],
    ['Latin-1 bytes', () => postText(new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]), '?title=Cafe'), 400, /not UTF-8/],
    ['control characters in JSON', () => postJson({ title: 'T', text: 'a\u0000b' }), 400, /binary/],
    ['text/plain without a title', () => postText('Body', ''), 400, /title/],
    ['another content type', () => postText('Body', '?title=T', 'application/pdf'), 415, /text\/plain/],
    ['a text over 5 MB', () => postText('x'.repeat(5_000_001), '?title=Big'), 413, /limit|at most/],
    ['an unknown map', () => postJson({ title: 'T', text: 'x' }, 'no-such-map'), 404, /No map/],
  ])('refuses %s, naming the problem, and changes nothing', async (_name, send, status, message) => {
    const before = (await sourcesOf()).length;
    const res = await send();
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(message);
    expect(await sourcesOf()).toHaveLength(before);
  });

  it('answers 404 for an unknown source', async () => {
    const res = await fetch(`${base}/api/maps/small/sources/nope`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/no source with id "nope"/);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps, readMap } from '../../core/sync';
import type { RunningServer } from '../../server/app';
import { openRawSocket } from '../helpers/closeCode';
import { createApi } from '../helpers/http';
import { frame, openPeer, syncUpdate } from '../helpers/rawPeer';
import { createRng } from '../helpers/rng';
import { makeDirs } from '../helpers/server';
import { startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

let server: RunningServer;
let bystanders: ReturnType<typeof connectClient>[];
const ws = () => server.url.replace(/^http/, 'ws');

beforeAll(async () => {
  const dirs = makeDirs({ small: 'test/fixtures/smallMap.json', other: 'test/fixtures/smallMap.json' });
  const clientDir = join(dirs.base, 'client');
  mkdirSync(clientDir);
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Warrant</title>');
  server = await startServerWith(dirs, { clientDir });
  // Two well-behaved clients on another map, who must notice nothing of what follows.
  bystanders = [connectClient(server.url, 'other'), connectClient(server.url, 'other')];
  await Promise.all(bystanders.map((c) => synced(c.provider)));
});
afterAll(async () => {
  bystanders.forEach((c) => c.provider.destroy());
  await server.close();
});

function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: 'z', text: 'x'.repeat(200) }) }]);
  return Y.encodeStateAsUpdate(doc);
}

/** Sends one frame on a fresh raw peer of /sync/small and returns how the server closed it. */
async function sendAndClose(data: Uint8Array | string) {
  const peer = await openPeer(`${ws()}/sync/small`);
  peer.ws.send(data);
  return peer.closed;
}

const rng = createRng(42);
const garbage = (n: number) => Uint8Array.from({ length: n }, () => rng.int(256));
const update = syncUpdate(validUpdate());

describe('bad input never crashes the server', () => {
  it.each([
    ['an unknown message type', Uint8Array.from([99, 1, 2, 3]), /unknown message type 99/],
    ['an unknown sync sub-type', Uint8Array.from([0, 9, 0]), /unknown sync message 9/],
    ['random bytes', Uint8Array.from([0x77, ...garbage(300)]), /Malformed/],
    ['an empty frame', new Uint8Array(0), /Malformed/],
    ['a truncated sync update', update.slice(0, update.length >> 1), /Malformed/],
    ['an update holding random bytes', frame(0, 2, Uint8Array.from([5, ...garbage(60)])), /Malformed/],
    ['awareness that is not JSON', frame(1, frame(1, 123, 1, '{not json')), /Malformed/],
    ['a text frame', 'hello', /Expected binary/],
  ])('closes a socket sending %s with 4400', async (_name, data, reason) => {
    const { code, reason: why } = await sendAndClose(data);
    expect(code).toBe(4400);
    expect(why).toMatch(reason);
  });

  it('closes a socket sending a 20 MB message with 1009 (message too big)', async () => {
    const { code } = await sendAndClose(new Uint8Array(20 * 1024 * 1024));
    expect(code).toBe(1009);
  });

  it.each([
    ['a path escape', '/sync/..%2F..%2Fetc', 4400],
    ['broken percent-encoding', '/sync/%E0%A4%A', 4400],
    ['a space', '/sync/a%20b', 4400],
    ['a 100-character id', `/sync/${'a'.repeat(100)}`, 4400],
    ['an unknown map', '/sync/nope', 4404],
  ])('closes a socket for %s with a final code', async (_name, path, expected) => {
    const s = openRawSocket(ws() + path);
    expect((await s.closed).code).toBe(expected);
  });

  it('answers upgrades outside /sync/<id> with HTTP 404', async () => {
    for (const path of ['/sync/a/b', '/elsewhere', '/sync/']) await expect(openRawSocket(ws() + path).opened).rejects.toThrow(/HTTP 404/);
  });

  it('refuses huge HTTP bodies with 413, declared or streamed', async () => {
    const api = createApi(server.url);
    expect((await api('POST', '/api/maps', 'x'.repeat(11 * 1024 * 1024))).status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 32);
      let sent = 0;
      const pump = () => {
        while (sent < 12 && req.write(chunk)) sent++;
        if (sent < 12) req.once('drain', () => (sent++, pump()));
        else req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it.each([
    ['PATCH', '/api/maps/small', 'not json', 400],
    ['PATCH', '/api/maps/small', '\u0000\u0001', 400],
    ['POST', '/api/maps/small/versions', '[1,2]', 400],
    ['PUT', '/api/maps', undefined, 405],
    ['DELETE', '/api/maps', undefined, 405],
    ['POST', '/api/maps/small/access', undefined, 405],
    ['GET', '/api/maps/%', undefined, 404],
    ['GET', `/api/maps/${'x'.repeat(5000)}`, undefined, 404],
    ['GET', '/api/maps/small/versions/%00', undefined, 404],
    ['GET', '/api/nothing', undefined, 404],
  ])('answers %s %s with a JSON error', async (method, path, body, status) => {
    const res = await createApi(server.url)(method, path, body);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual(expect.any(String));
  });

  it.each([
    ['/%E0%A4%A', 400, /Bad path/],
    ['/..%2F..%2Fetc%2Fpasswd', 200, /<title>Warrant/], // stays inside the client folder: the app page
    ['/m/small', 200, /<title>Warrant/],
    ['/missing.js', 404, /Not found/],
  ])('serves the client safely: %s → %i', async (path, status, body) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(body);
  });

  it('kept serving everyone else throughout, and the abused map is intact', async () => {
    const [a, b] = bystanders;
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    applyOps(a.doc, [{ type: 'addStatement', statement: testStatement({ id: 'after', text: 'Still here' }) }]);
    await waitFor(() => readMap(b.doc).map.statements.some((s) => s.id === 'after'), 3000, 'the edit to reach B');
    const api = createApi(server.url);
    expect((await api('GET', '/health')).body).toMatchObject({ ok: true, connections: 2 });
    expect((await api('GET', '/api/maps/small')).body.statements.map((s: { id: string }) => s.id).sort()).toEqual(['o1', 'r1', 't']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEmptyMap } from '../../core/model';
import { createApi } from '../helpers/http';
import { askForMap } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const EVIL = 'http://evil.example';

async function openServer(allowedOrigins?: string[]) {
  const server = await startServerWith(makeDirs(), { allowedOrigins });
  cleanups.add(() => server.close());
  return { server, api: createApi(server.url) };
}

/** A raw socket to the small map as a browser page at `origin` would open it. */
function socketFrom(url: string, origin: string | undefined) {
  const s = askForMap(url, 'small', origin);
  return cleanups.add(() => s.ws.terminate(), s);
}

describe('issue 12 item 12: without AUTH_SECRET, other web pages cannot use the maps', () => {
  it('refuses a socket opened by a page on another site (4403, nothing of the map sent)', async () => {
    const { server } = await openServer();
    const evil = socketFrom(server.url, EVIL);
    const { code, reason } = await evil.closed;
    expect(code).toBe(4403);
    expect(reason).toMatch(/^Pages from http:\/\/evil\.example may not use this server .*ALLOWED_ORIGINS/);
    expect(evil.received()).toBe(0);
    for (const origin of ['null', `${server.url.replace('127.0.0.1', 'localhost')}`, 'http://127.0.0.1:1']) {
      expect((await socketFrom(server.url, origin).closed).code, origin).toBe(4403);
    }
    // The server's own page, and programs that send no Origin, are served.
    for (const origin of [server.url, undefined]) {
      const ok = socketFrom(server.url, origin);
      expect(await ok.answered, String(origin)).toBe(true);
      expect(ok.ws.readyState).toBe(WebSocket.OPEN);
    }
  });

  it('allows the origins listed in the configuration', async () => {
    const { server, api } = await openServer(['https://warrant.example.org']);
    const listed = socketFrom(server.url, 'https://warrant.example.org');
    expect(await listed.answered).toBe(true);
    expect(listed.ws.readyState).toBe(WebSocket.OPEN);
    expect((await socketFrom(server.url, 'https://warrant.example.org.evil.example').closed).code).toBe(4403);
    expect((await api('PATCH', '/api/maps/small', { title: 'From the front end' }, { origin: 'https://warrant.example.org' })).status).toBe(200);
  });

  it('refuses writes from another site with 403 and changes nothing; the server\'s own page may write', async () => {
    const { server, api } = await openServer();
    const before = (await api('GET', '/api/maps')).body.length;
    const map = createEmptyMap('Planted');
    for (const [method, path, body] of [
      ['POST', '/api/maps', map], ['PATCH', '/api/maps/small', { title: 'Defaced' }], ['POST', '/api/maps/small/versions', { name: 'x' }],
      ['DELETE', '/api/maps/small', undefined], ['POST', '/api/maps/small/duplicate', {}],
    ] as const) {
      const res = await api(method, path, body, { origin: EVIL });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error).toMatch(/evil\.example/);
    }
    // A browser that sends no Origin but says the request is cross-site.
    expect((await api('PATCH', '/api/maps/small', { title: 'Defaced' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('GET', '/api/maps')).body.length).toBe(before);
    expect((await api('GET', '/api/maps/small')).body.title).toBe('Small test map');
    expect((await api('GET', '/api/maps/small/versions')).body).toEqual([]);
    expect((await api('PATCH', '/api/maps/small', { title: 'Renamed here' }, { origin: server.url })).status).toBe(200);
    expect((await api('POST', '/api/maps', map, { origin: server.url, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('answers 415 to a JSON endpoint called with a plain-text or form body (what a page can send unasked)', async () => {
    const { server, api } = await openServer();
    const before = (await api('GET', '/api/maps')).body.length;
    const send = (method: string, path: string, type: string | undefined, body: string) =>
      fetch(server.url + path, { method, headers: type ? { 'content-type': type } : {}, body: Buffer.from(body) });
    const map = JSON.stringify(createEmptyMap('Planted'));
    for (const [method, path, type, body] of [
      ['POST', '/api/maps', 'text/plain', map],
      ['POST', '/api/maps', undefined, map],
      ['POST', '/api/maps', 'application/x-www-form-urlencoded', `${map}=`],
      ['PATCH', '/api/maps/small', 'text/plain;charset=UTF-8', '{"title":"Defaced"}'],
      ['POST', '/api/maps/small/versions', 'multipart/form-data; boundary=x', '{"name":"x"}'],
    ] as const) {
      const res = await send(method, path, type, body);
      expect(res.status, `${method} ${path} as ${type}`).toBe(415);
      expect((await res.json()).error).toMatch(/Content-Type: application\/json/);
    }
    expect((await api('GET', '/api/maps')).body.length).toBe(before);
    expect((await api('GET', '/api/maps/small')).body.title).toBe('Small test map');
    expect((await send('POST', '/api/maps', 'application/json; charset=utf-8', map)).status).toBe(201);
    // Text sources keep their documented text/plain form; an optional empty body needs no type.
    expect((await send('POST', '/api/maps/small/sources?title=Notes', 'text/plain', 'Some text')).status).toBe(201);
    expect((await fetch(`${server.url}/api/maps/small/duplicate`, { method: 'POST' })).status).toBe(201);
  });
});

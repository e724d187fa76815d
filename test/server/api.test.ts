import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyMap } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { IMPORT_CASES } from '../helpers/importCases';
import { makeDirs, startTestServer } from '../helpers/server';
import { testStatement } from '../helpers/ids';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer(makeDirs());
});
afterAll(() => server.close());

const post = (body: string, type = 'application/json') =>
  fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': type }, body });

describe('HTTP API', () => {
  it('answers /health', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).ok).toBe(true);
  });

  it('lists the seeded map before anyone opened it', async () => {
    const list = await (await fetch(`${server.url}/api/maps`)).json();
    expect(list).toContainEqual(expect.objectContaining({ id: 'small', title: 'Small test map', statementCount: 3 }));
  });

  it('creates a map from JSON and serves it back', async () => {
    const map = { ...createEmptyMap('Created by test'), statements: [testStatement({ id: 'a', text: 'A claim' })] };
    const res = await post(JSON.stringify(map));
    expect(res.status).toBe(201);
    const { id } = await res.json();
    expect(id).toMatch(/^created-by-test-/);
    const back = await (await fetch(`${server.url}/api/maps/${id}`)).json();
    expect(back.statements.map((s: { text: string }) => s.text)).toEqual(['A claim']);
    const list = await (await fetch(`${server.url}/api/maps`)).json();
    expect(list.map((m: { id: string }) => m.id)).toContain(id);
  });

  it.each([
    ['broken JSON', '{"schema": "warrant-map",', /not valid JSON/],
    ['a map with a bad kind', JSON.stringify({ ...createEmptyMap('x'), statements: [{ id: 'a', text: 'A', kind: 'rant' }] }), /statements\[0\]\.kind/],
    ['binary garbage', '\u0000\u0001\u0002', /binary/],
    ['an array', '[]', /JSON object/],
  ])('rejects %s with 400 naming the problem, and stores nothing', async (_n, body, message) => {
    const before = (await (await fetch(`${server.url}/api/maps`)).json()).length;
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
    expect((await (await fetch(`${server.url}/api/maps`)).json()).length).toBe(before);
  });

  it.each(IMPORT_CASES.filter((c) => c.name.endsWith('.json')).map((c) => [c.label, c] as const))(
    'reads a body as a .json file is read on import (the shared table): %s',
    async (_, c) => {
      const res = await fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Blob([new Uint8Array(c.bytes)]) });
      const body = await res.json();
      if (c.error) {
        expect(res.status).toBe(400);
        // The body has no file name, so the message names the problem, not the file.
        expect(body.error).toMatch(/^Request body is (not JSON: .*(binary data|empty)|not valid JSON)/);
        return;
      }
      expect(res.status, body.error).toBe(201);
      const back = await (await fetch(`${server.url}/api/maps/${body.id}`)).json();
      expect(back.statements).toHaveLength(c.statements!);
    },
  );

  it('refuses a body over the size limit with 413', async () => {
    const res = await post('x'.repeat(11 * 1024 * 1024));
    expect(res.status).toBe(413);
  });

  it('answers unknown ids and routes with 404 JSON errors', async () => {
    for (const path of ['/api/maps/nope', '/api/maps/..%2F..%2Fetc', '/api/nothing']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(404);
      expect((await res.json()).error).toBeTruthy();
    }
  });
});

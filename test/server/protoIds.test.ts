import { afterEach, describe, expect, it } from 'vitest';

import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('statement ids that name Object.prototype members, over HTTP', () => {
  it('creates the map, reads it back and exports it', async () => {
    const server = await startServerWith(makeDirs());
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    const map = {
      schema: 'warrant-map', version: 1, title: 'Prototype names', sources: [], comments: [],
      statements: NAMES.map((id) => testStatement({ id, text: `Statement ${id}` })),
      inferences: [{ id: 'i1', premises: ['constructor'], target: '__proto__', polarity: 'support' }],
    };
    const created = await api('POST', '/api/maps', JSON.stringify(map));
    expect(created.status).toBe(201);
    const read = await api('GET', `/api/maps/${created.body.id}`);
    expect(read.body.statements.map((s: { id: string }) => s.id).sort()).toEqual([...NAMES].sort());
    expect(read.body.inferences).toHaveLength(1);
    for (const format of ['svg', 'tikz', 'png']) {
      const res = await fetch(`${server.url}/api/maps/${created.body.id}/export?format=${format}`);
      expect(res.status, format).toBe(200);
    }
  });
});

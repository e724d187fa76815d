import { afterEach, describe, expect, it } from 'vitest';
import { applyOps, readMap } from '../../core/sync';

import { makeDirs, startTestServer } from '../helpers/server';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function client(url: string, id: string) {
  const c = connectClient(url, id);
  cleanups.push(() => c.provider.destroy());
  return c;
}

describe('sync server', () => {
  it('syncs two unmodified y-websocket clients through the server, seeded once', async () => {
    const dirs = makeDirs();
    const server = await startTestServer(dirs);
    cleanups.push(() => server.close());
    const a = client(server.url, 'small');
    const b = client(server.url, 'small');
    await Promise.all([synced(a.provider), synced(b.provider)]);
    // The first sync already holds the seeded map, and it is seeded once, not once per client.
    expect(readMap(a.doc).map.statements.map((s) => s.id).sort()).toEqual(['o1', 'r1', 't']);
    expect(readMap(b.doc).map.statements).toHaveLength(3);
    applyOps(a.doc, [{ type: 'addStatement', statement: testStatement({ id: 'n1', text: 'New from A' }) }]);
    await waitFor(() => readMap(b.doc).map.statements.some((s) => s.id === 'n1'), 3000, 'edit to reach B');
    applyOps(b.doc, [{ type: 'setStatementText', id: sid('n1'), text: 'New from A, edited by B' }]);
    await waitFor(() => readMap(a.doc).map.statements.find((s) => s.id === 'n1')?.text === 'New from A, edited by B');
    const res = await fetch(`${server.url}/api/maps/small`);
    expect((await res.json()).statements).toHaveLength(4);
  });

  it('keeps the map across a server restart', async () => {
    const dirs = makeDirs();
    let server = await startTestServer(dirs);
    const a = client(server.url, 'small');
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'addStatement', statement: testStatement({ id: 'kept', text: 'Survives restarts' }) }]);
    await waitFor(() => server.port > 0 && a.provider.wsconnected, 2000);
    await new Promise((r) => setTimeout(r, 200));
    a.provider.destroy();
    await server.close();
    server = await startTestServer(dirs);
    cleanups.push(() => server.close());
    const b = client(server.url, 'small');
    await synced(b.provider);
    const ids = readMap(b.doc).map.statements.map((s) => s.id);
    expect(ids).toContain('kept');
    expect(ids).toHaveLength(4);
  });

  it('closes sockets for unknown maps with a 44xx code', async () => {
    const server = await startTestServer(makeDirs());
    cleanups.push(() => server.close());
    const c = client(server.url, 'no-such-map');
    const code = await new Promise<number>((resolve) => c.provider.on('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)));
    expect(code).toBe(4404);
  });
});

import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyOps, readMap } from '../../core/sync';

import { openPostgresStore } from '../../server/persistence/postgres';
import { nextClose } from '../helpers/closeCode';
import { createApi } from '../helpers/http';
import { createCleanups } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { createClusterServices } from './clusterSetup';
import { testStatement } from '../helpers/ids';

const services = createClusterServices();
beforeAll(() => services.start());
afterAll(() => services.dispose());
const cleanups = createCleanups();
afterEach(() => cleanups.run());

const SECRET = 'cluster-test-secret-0123456789';
const addStatement = (doc: Y.Doc, id: string) => applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id, text: id, position: { x: 0, y: 0 } }) }]);

async function twoInstances(extra = {}) {
  const cluster = await services.startInstances(2, extra);
  cleanups.add(() => Promise.all(cluster.servers.map((s) => s.close())));
  return cluster;
}

describe('across instances', () => {
  it('revoking a link on A closes its sockets on B at once; deleting a map on A closes every socket with 4404', async () => {
    const { servers: [a, b] } = await twoInstances({ authSecret: SECRET });
    const adminA = createApi(a.url, a.adminToken);
    const link = (await adminA('POST', '/api/maps/small/links', { role: 'edit' })).body;
    const other = (await adminA('POST', '/api/maps/small/links', { role: 'view' })).body;
    const onB = connectClient(b.url, 'small', { token: link.token });
    const keptOnB = connectClient(b.url, 'small', { token: other.token });
    cleanups.add(() => [onB, keptOnB].forEach((c) => c.provider.destroy()));
    await Promise.all([synced(onB.provider), synced(keptOnB.provider)]);
    const revoked = nextClose(onB.provider);
    expect((await adminA('DELETE', `/api/maps/small/links/${link.linkId}`)).status).toBe(200);
    expect((await revoked).code).toBe(4403);
    expect(keptOnB.provider.wsconnected).toBe(true);
    // B refuses the revoked link from now on too.
    const again = connectClient(b.url, 'small', { token: link.token });
    cleanups.add(() => again.provider.destroy());
    expect((await nextClose(again.provider)).code).toBe(4403);

    const onA = connectClient(a.url, 'small', { token: other.token });
    cleanups.add(() => onA.provider.destroy());
    await synced(onA.provider);
    const closes = [nextClose(onA.provider), nextClose(keptOnB.provider)];
    expect((await adminA('DELETE', '/api/maps/small')).status).toBe(200);
    expect((await Promise.all(closes)).map((c) => c.code)).toEqual([4404, 4404]);
    expect((await createApi(b.url, b.adminToken)('GET', '/api/maps/small')).status).toBe(404);
  });

  it('a rename and a saved version made on A are seen on B', async () => {
    const { servers: [a, b] } = await twoInstances();
    const onB = connectClient(b.url, 'small');
    cleanups.add(() => onB.provider.destroy());
    await synced(onB.provider);
    expect((await createApi(a.url)('PATCH', '/api/maps/small', { title: 'Renamed on A' })).status).toBe(200);
    await waitFor(() => onB.doc.getMap('meta').get('title') === 'Renamed on A', 5000, 'the new title on B');
    const version = (await createApi(a.url)('POST', '/api/maps/small/versions', { name: 'Before the workshop' })).body;
    const listed = (await createApi(b.url)('GET', '/api/maps/small/versions')).body;
    expect(listed.map((v: { id: number; name: string }) => [v.id, v.name])).toEqual([[version.id, 'Before the workshop']]);
    expect((await createApi(b.url)('GET', `/api/maps/small/versions/${version.id}`)).body.title).toBe('Renamed on A');
  });

  it('two instances compacting one room at once, while updates keep coming, lose nothing', async () => {
    const { databaseUrl, servers } = await twoInstances();
    await Promise.all(servers.map((s) => s.close())); // only the stores are needed
    const [s1, s2] = await Promise.all([openPostgresStore(databaseUrl), openPostgresStore(databaseUrl)]);
    cleanups.add(() => Promise.all([s1.close(), s2.close()]));
    const writer = new Y.Doc();
    await s1.createRoom('race', 'Race', 0, Y.encodeStateAsUpdate(writer));
    const merge = (updates: Uint8Array[]) => {
      const d = new Y.Doc();
      updates.forEach((u) => Y.applyUpdate(d, u));
      return Y.encodeStateAsUpdate(d);
    };
    for (let round = 0; round < 10; round++) {
      const writes: Promise<void>[] = [];
      for (let i = 0; i < 20; i++) writes.push(s2.appendUpdates([{ room: 'race', update: (() => {
        const d = new Y.Doc();
        Y.applyUpdate(d, Y.encodeStateAsUpdate(writer));
        const before = Y.encodeStateVector(d);
        addStatement(d, `r${round}_${i}`);
        const u = Y.encodeStateAsUpdate(d, before);
        Y.applyUpdate(writer, u, 'mirror');
        return u;
      })() }]));
      await Promise.all([s1.compactStored('race', merge), s2.compactStored('race', merge), ...writes]);
    }
    const stored = merge(await s1.loadUpdates('race'));
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, stored);
    const ids = readMap(loaded).map.statements.map((s) => s.id);
    expect(ids).toHaveLength(200);
    expect((await s2.loadUpdates('race')).length).toBeLessThan(30);
  });

  it('/health reports the database and Redis', async () => {
    const { servers: [a] } = await twoInstances();
    const health = await createApi(a.url)('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, database: { ok: true }, redis: { ok: true } });
  });
});

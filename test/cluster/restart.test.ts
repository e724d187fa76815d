import type * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyOps, readMap } from '../../core/sync';

import { createApi } from '../helpers/http';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { converged, createClusterServices } from './clusterSetup';
import { testStatement } from '../helpers/ids';

const services = createClusterServices();
beforeAll(() => services.start());
afterAll(() => services.dispose());
const cleanups = createCleanups();
afterEach(() => cleanups.run());

const addStatement = (doc: Y.Doc, id: string) => applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id, text: id, position: { x: 0, y: 0 } }) }]);
const hasStatement = (doc: Y.Doc, id: string) => readMap(doc).map.statements.some((s) => s.id === id);

async function twoClientsOnTwoInstances() {
  const cluster = await services.startInstances(2);
  cleanups.add(() => Promise.all(cluster.servers.map((s) => s.close())));
  const [c1, c2] = cluster.servers.map((s) => connectClient(s.url, 'small'));
  cleanups.add(() => [c1, c2].forEach((c) => c.provider.destroy()));
  await Promise.all([synced(c1.provider), synced(c2.provider)]);
  return { ...cluster, c1, c2 };
}

describe('restarts of the shared services', () => {
  it('Redis restart: instances reconnect and rooms catch up on what was written meanwhile', async () => {
    const { c1, c2, servers } = await twoClientsOnTwoInstances();
    await services.redis.stop();
    expect((await createApi(servers[0].url)('GET', '/health')).body.redis.ok).toBe(false);
    addStatement(c1.doc, 'outageA');
    addStatement(c2.doc, 'outageB');
    await services.redis.start();
    await converged([c1.doc, c2.doc], 20_000, 'the rooms to resync after Redis came back');
    expect(hasStatement(c1.doc, 'outageB') && hasStatement(c2.doc, 'outageA')).toBe(true);
    addStatement(c2.doc, 'afterRestart');
    await waitFor(() => hasStatement(c1.doc, 'afterRestart'), 5000, 'live fan-out again');
  }, 90_000);

  it('PostgreSQL restart: a write waits and is retried, is shared only once stored, and nothing acknowledged is lost', async () => {
    const { c1, c2, servers, dirs, databaseUrl } = await twoClientsOnTwoInstances();
    const api = createApi(servers[0].url);
    await services.pg.stop();
    const down = await api('GET', '/health');
    expect(down.status).toBe(503);
    expect(down.body.database.ok).toBe(false);
    addStatement(c1.doc, 'whileDown');
    const roomA = servers[0].rooms.loaded.get('small')!;
    await waitFor(() => hasStatement(roomA.doc, 'whileDown'), 5000, 'instance A to receive the edit');
    // A has it but cannot store it: it is not shared (a round trip to A later, still not).
    await api('GET', '/health');
    expect(hasStatement(c2.doc, 'whileDown')).toBe(false);
    await services.pg.start();
    await waitFor(() => hasStatement(c2.doc, 'whileDown'), 20_000, 'the write to be retried, stored and shared');
    expect((await api('GET', '/health')).status).toBe(200);
    await Promise.all(servers.map((s) => s.close()));
    const fresh = await startServerWith(dirs, { databaseUrl });
    cleanups.add(() => fresh.close());
    const reader = connectClient(fresh.url, 'small');
    cleanups.add(() => reader.provider.destroy());
    await synced(reader.provider);
    await converged([reader.doc, c2.doc], 5000);
    expect(hasStatement(reader.doc, 'whileDown')).toBe(true);
  }, 90_000);
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyOps, readMap } from '../../core/sync';

import { randomEdit } from '../helpers/randomEdits';
import { createRng } from '../helpers/rng';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { converged, createClusterServices } from './clusterSetup';
import { testStatement } from '../helpers/ids';

const services = createClusterServices();
beforeAll(() => services.start());
afterAll(() => services.dispose());
const cleanups = createCleanups();
afterEach(() => cleanups.run());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const addStatement = (doc: Parameters<typeof applyOps>[0], id: string, text = id) =>
  applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id, text, position: { x: 0, y: 0 } }) }]);
const hasStatement = (doc: Parameters<typeof readMap>[0], id: string) => readMap(doc).map.statements.some((s) => s.id === id);

describe.each([2, 3])('%i instances on PostgreSQL and Redis', (count) => {
  it('seeded random edits from clients spread over the instances converge, and the stored map agrees', async () => {
    const { servers, dirs, databaseUrl } = await services.startInstances(count);
    cleanups.add(() => Promise.all(servers.map((s) => s.close())));
    const rng = createRng(count * 7919);
    // Unmodified y-websocket clients, two on each instance.
    const clients = Array.from({ length: count * 2 }, (_, i) => connectClient(servers[i % count].url, 'small'));
    cleanups.add(() => clients.forEach((c) => c.provider.destroy()));
    await Promise.all(clients.map((c) => synced(c.provider)));
    let ids = 0;
    for (let step = 0; step < 120; step++) {
      const i = rng.int(clients.length);
      applyOps(clients[i].doc, randomEdit(rng, clients[i].doc, () => `c${i}_${ids++}`));
      if (rng.chance(0.3)) await sleep(rng.int(8));
    }
    const maps = await converged(clients.map((c) => c.doc));
    for (const m of maps.slice(1)) expect(m).toEqual(maps[0]);
    // A new instance reads the same map from PostgreSQL alone.
    await Promise.all(servers.map((s) => s.close()));
    const fresh = await startServerWith(dirs, { databaseUrl });
    cleanups.add(() => fresh.close());
    const reader = connectClient(fresh.url, 'small');
    cleanups.add(() => reader.provider.destroy());
    await synced(reader.provider);
    expect((await converged([reader.doc, clients[0].doc], 5000))[0]).toEqual(maps[0]);
  });

  it('presence (awareness) crosses instances, and leaves when its client does', async () => {
    const { servers } = await services.startInstances(count);
    cleanups.add(() => Promise.all(servers.map((s) => s.close())));
    const clients = servers.map((s) => connectClient(s.url, 'small'));
    cleanups.add(() => clients.forEach((c) => c.provider.destroy()));
    await Promise.all(clients.map((c) => synced(c.provider)));
    clients.forEach((c, i) => c.provider.awareness.setLocalStateField('user', { name: `Person ${i}` }));
    const names = (i: number) => [...clients[i].provider.awareness.getStates().values()].map((s) => (s.user as { name: string } | undefined)?.name).filter(Boolean).sort();
    const everyone = clients.map((_, i) => `Person ${i}`).sort();
    await waitFor(() => clients.every((_, i) => JSON.stringify(names(i)) === JSON.stringify(everyone)), 5000, 'everyone to see everyone');
    clients[0].provider.destroy();
    await waitFor(() => !names(1).includes('Person 0'), 5000, 'person 0 to leave on the other instance');
  });
});

describe('joining a room late', () => {
  it('misses nothing written between its subscription and its database read (a delay injected there)', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inGap = new Promise<void>((resolve) => (entered = resolve));
    const cluster = await services.startInstances(1);
    const [a] = cluster.servers;
    cleanups.add(() => a.close());
    const writer = connectClient(a.url, 'small');
    const watcher = connectClient(a.url, 'small');
    cleanups.add(() => [writer, watcher].forEach((c) => c.provider.destroy()));
    await Promise.all([synced(writer.provider), synced(watcher.provider)]);
    // The late instance's room load stops after subscribing to Redis, before reading PostgreSQL.
    const b = await services.startInstance(cluster, { beforeLoad: async () => (entered(), await held) });
    cleanups.add(() => b.close());
    const reader = connectClient(b.url, 'small');
    cleanups.add(() => reader.provider.destroy());
    await inGap;
    for (let i = 0; i < 20; i++) addStatement(writer.doc, `during${i}`);
    // The watcher gets an update only after it is stored and published: then the gap has seen it all.
    await waitFor(() => hasStatement(watcher.doc, 'during19'), 5000, 'the writes to be stored and published');
    release();
    await synced(reader.provider);
    addStatement(writer.doc, 'after');
    await converged([writer.doc, reader.doc]);
    for (let i = 0; i < 20; i++) expect(hasStatement(reader.doc, `during${i}`)).toBe(true);
  });
});

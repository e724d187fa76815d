import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { applyOps } from '../../core/sync';
import { pickFreePort, spawnServer, type ChildServer } from '../helpers/childServer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, contains, synced, waitFor } from '../helpers/yclient';
import { converged, createClusterServices } from './clusterSetup';
import { testStatement } from '../helpers/ids';

const services = createClusterServices();
beforeAll(() => services.start());
afterAll(() => services.dispose());
const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function spawnInstance(env: Record<string, string>): Promise<ChildServer> {
  const s = await spawnServer({ ...env, PORT: String(await pickFreePort()), AUTO_VERSION_MINUTES: '0' });
  cleanups.add(() => s.child.kill('SIGKILL'));
  return s;
}

describe('kill -9 of one instance during a burst of edits', () => {
  it('loses nothing any client received; its clients carry on through another instance', async () => {
    const databaseUrl = await services.pg.createDatabase(`warrant_crash_${process.pid}`);
    const dirs = makeDirs();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: services.redis.url, DATA_DIR: dirs.dataDir, MAPS_DIR: dirs.mapsDir };
    const [a, b] = [await spawnInstance(env), await spawnInstance(env)];
    const writer = connectClient(a.url, 'small');
    const watcherOnA = connectClient(a.url, 'small');
    const watcherOnB = connectClient(b.url, 'small');
    const clients = [writer, watcherOnA, watcherOnB];
    cleanups.add(() => clients.forEach((c) => c.provider.destroy()));
    await Promise.all(clients.map((c) => synced(c.provider)));
    // A dies once B's client has received 60 of the writer's updates, in the middle of the burst.
    let received = 0;
    watcherOnB.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === watcherOnB.provider && ++received === 60) a.child.kill('SIGKILL');
    });
    let dead = false;
    void a.exited.then(() => (dead = true));
    for (let sent = 0; !dead && sent < 3000; sent++) {
      applyOps(writer.doc, [{ type: 'addStatement', statement: testStatement({ id: `burst${sent}`, text: `Edit ${sent}` }) }]);
      await new Promise((r) => setTimeout(r, 1));
    }
    await a.exited;
    // What the survivors received, read back from PostgreSQL alone by a new instance.
    const seen = [watcherOnA, watcherOnB].map((c) => Y.encodeStateAsUpdate(c.doc));
    const reader = await startServerWith(dirs, { databaseUrl, redisUrl: services.redis.url });
    cleanups.add(() => reader.close());
    const stored = connectClient(reader.url, 'small');
    cleanups.add(() => stored.provider.destroy());
    await synced(stored.provider);
    expect(seen.every((s) => contains(stored.doc, s))).toBe(true);
    // The dead instance's clients reconnect to B with what they hold; everyone converges.
    for (const c of [writer, watcherOnA]) {
      c.provider.destroy();
      const moved = new WebsocketProvider(b.url.replace(/^http/, 'ws') + '/sync', 'small', c.doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
      cleanups.add(() => moved.destroy());
      await waitFor(() => moved.synced, 10_000, 'reconnecting to B');
    }
    const maps = await converged([writer.doc, watcherOnA.doc, watcherOnB.doc, stored.doc]);
    expect(maps[3]).toEqual(maps[0]);
    expect(received).toBeGreaterThanOrEqual(60);
  }, 120_000);
});

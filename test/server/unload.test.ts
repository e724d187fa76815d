import { afterEach, describe, expect, it } from 'vitest';
import { openRawSocket } from '../helpers/closeCode';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const CYCLES = 1000;
const PARALLEL = 10;

async function openAndClose(wsUrl: string) {
  const s = openRawSocket(wsUrl);
  await new Promise((resolve) => s.ws.once('message', resolve)); // the room is loaded and answering
  s.ws.close();
  await s.closed;
}

describe('rooms unload when their last client leaves', () => {
  it(`${CYCLES} open/close cycles over two maps leave no room loaded and no memory growth`, async () => {
    const server = await startServerWith(makeDirs({ small: 'test/fixtures/smallMap.json', second: 'test/fixtures/smallMap.json' }));
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    const ws = server.url.replace(/^http/, 'ws');
    const started = Date.now();
    await openAndClose(`${ws}/sync/small`); // warm up before measuring
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let maxLoaded = 0;
    for (let i = 0; i < CYCLES; i += PARALLEL) {
      await Promise.all(Array.from({ length: PARALLEL }, (_, j) => openAndClose(`${ws}/sync/${(i + j) % 2 ? 'small' : 'second'}`)));
      maxLoaded = Math.max(maxLoaded, server.rooms.loaded.size);
    }
    await waitFor(() => server.rooms.loaded.size === 0, 3000, 'every room to unload');
    const elapsed = Date.now() - started;
    global.gc?.();
    const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
    expect(maxLoaded).toBeLessThanOrEqual(2);
    expect((await api('GET', '/health')).body).toEqual({ ok: true, rooms: 0, connections: 0 });
    expect(growthMb).toBeLessThan(40);
    expect(elapsed).toBeLessThan(60_000); // 14–19 s measured on 2 cores at a load average near 20
    console.log(`[unload] ${CYCLES} cycles in ${elapsed} ms, heap ${growthMb.toFixed(1)} MB after vs before`);
  }, 90_000);

  it('unloads after unmodified y-websocket clients leave, keeping their edits', async () => {
    const server = await startServerWith(makeDirs());
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    for (let i = 0; i < 30; i++) {
      const c = connectClient(server.url, 'small');
      await synced(c.provider);
      expect((await api('GET', '/health')).body).toEqual({ ok: true, rooms: 1, connections: 1 });
      c.doc.getMap('meta').set('title', `Title ${i}`);
      await waitFor(() => server.rooms.loaded.get('small')?.doc.getMap('meta').get('title') === `Title ${i}`);
      c.provider.destroy();
      await waitFor(() => server.rooms.loaded.size === 0, 3000, 'the room to unload');
    }
    expect((await api('GET', '/api/maps/small')).body.title).toBe('Title 29');
  });
});

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { startPostgres, startRedis, type Postgres, type RedisServer } from '../helpers/clusterServices';
import { startNginx } from '../helpers/nginx';
import { ROOT, makeDirs } from '../helpers/server';
import { startServerWith } from '../helpers/serverWith';
import { typeStatement } from '../helpers/person';
import { ADA, BEN, emptySpot, openAs, waitForMap } from './collabHelpers';

let pg: Postgres;
let redis: RedisServer;
let instances: RunningServer[] = [];
let nginx: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const databaseUrl = await pg.createDatabase('warrant_nginx');
  const dirs = makeDirs({ workshop: 'test/fixtures/smallMap.json' });
  for (let i = 0; i < 2; i++) instances.push(await startServerWith(dirs, { clientDir: join(ROOT, 'dist'), databaseUrl, redisUrl: redis.url }));
  nginx = await startNginx(instances.map((s) => `127.0.0.1:${s.port}`));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await Promise.all(instances.map((s) => s.close()));
  instances = [];
  await Promise.all([pg?.dispose(), redis?.dispose()]);
});

describe('docs/deploy.md: nginx in front of two instances', () => {
  it('two browsers on one map through nginx see each other live, and so does one on the other instance', { timeout: 90_000 }, async () => {
    const a = await openAs(browser, `${nginx.url}/m/workshop`, ADA);
    const b = await openAs(browser, `${nginx.url}/m/workshop`, BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    await expect.poll(() => b.page.locator('.avatar[data-peer="Ada"]').count()).toBe(1);
    // nginx hashed the map id: the room lives on exactly one instance.
    const hosts = instances.filter((s) => s.rooms.loaded.has('workshop'));
    expect(hosts).toHaveLength(1);
    const other = instances.find((s) => s !== hosts[0])!;

    // Ada adds a statement: Ben sees it.
    const spot = await emptySpot(a.page);
    await a.page.mouse.dblclick(spot.x, spot.y);
    await typeStatement(a.page, 'Through nginx');
    await b.page.getByText('Through nginx').waitFor();

    // Cara joins on the other instance directly: Redis carries edits and cursors both ways.
    const c = await openAs(browser, `${other.url}/m/workshop`, { name: 'Cara', color: '#a23b72' });
    await waitForMap(c.page, 't');
    await c.page.getByText('Through nginx').waitFor();
    expect(other.rooms.loaded.has('workshop')).toBe(true);
    await expect.poll(() => a.page.locator('.avatar[data-peer="Cara"]').count()).toBe(1);
    await expect.poll(() => c.page.locator('.avatar[data-peer="Ben"]').count()).toBe(1);
    const spotC = await emptySpot(c.page, 0.3, 0.85);
    await c.page.mouse.dblclick(spotC.x, spotC.y);
    await typeStatement(c.page, 'From the other instance');
    await a.page.getByText('From the other instance').waitFor();
    await b.page.getByText('From the other instance').waitFor();
    await a.page.screenshot({ path: join(tmpdir(), 'warrant-nginx-ada.png') });
    for (const p of [a, b, c]) await p.context.close();
  });
});

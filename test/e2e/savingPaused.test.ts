import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { type Postgres, type RedisServer, startPostgres, startRedis } from '../helpers/clusterServices';
import { saveDocImage } from '../helpers/docImages';
import { arriveFresh } from '../helpers/person';
import { ROOT, makeDirs } from '../helpers/server';
import { startServerWith } from '../helpers/serverWith';
import { addStatement, waitForMap } from './collabHelpers';

/**
 * Cluster mode, PostgreSQL restarted under two people on two instances: the one whose edit
 * cannot be stored is told so where the connection status is, the edit reaches the other person
 * once it is stored, and the notice clears.
 */
let pg: Postgres;
let redis: RedisServer;
let instances: RunningServer[] = [];
let browser: Browser;

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const databaseUrl = await pg.createDatabase('warrant_saving');
  const dirs = makeDirs({ workshop: 'test/fixtures/smallMap.json' });
  for (let i = 0; i < 2; i++) instances.push(await startServerWith(dirs, { clientDir: join(ROOT, 'dist'), databaseUrl, redisUrl: redis.url }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(instances.map((s) => s.close()));
  instances = [];
  await Promise.all([pg?.dispose(), redis?.dispose()]);
});

const PAUSED = 'Saving paused — server can’t reach its database.';

describe('PostgreSQL goes away under a workshop', () => {
  it('the person whose edit waits sees "Saving paused" by the connection status; it clears and the edit reaches the other person when PostgreSQL is back', { timeout: 120_000 }, async () => {
    const [a, b] = instances;
    const ada = await arriveFresh(browser, `${a.url}/m/workshop`, { width: 1300, height: 820 });
    const ben = await arriveFresh(browser, `${b.url}/m/workshop`, { width: 1300, height: 820 });
    await waitForMap(ada.page, 't');
    await waitForMap(ben.page, 't');
    const adaStatus = ada.page.getByRole('toolbar', { name: 'Map tools' }).locator('.sync-status');
    await expect.poll(() => adaStatus.textContent()).toBe('Connected');

    await pg.stop();
    await addStatement(ada.page, 'Written while the database restarts.');
    await expect.poll(() => adaStatus.textContent(), { timeout: 15_000 }).toContain(PAUSED);
    // Seen, not only in the page: the explanation is on screen, inside the window.
    const note = ada.page.getByText(PAUSED);
    await note.waitFor();
    const box = (await note.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 1300 && box.y + box.height <= 820).toBe(true);
    expect(await note.evaluate((el) => document.elementFromPoint(el.getBoundingClientRect().x + 20, el.getBoundingClientRect().y + 10) === el)).toBe(true);
    expect(await adaStatus.getAttribute('role')).toBe('status');
    await saveDocImage(ada.page, 'saving-paused');
    // Not shared before it is stored.
    expect(await ben.page.getByText('Written while the database restarts.').count()).toBe(0);

    await pg.start();
    await ben.page.getByText('Written while the database restarts.').waitFor({ timeout: 30_000 });
    await expect.poll(() => adaStatus.textContent()).toBe('Connected');
    const stored: ArgumentMap = await (await fetch(`${b.url}/api/maps/workshop`)).json();
    expect(stored.statements.some((s) => s.text === 'Written while the database restarts.')).toBe(true);
    await ada.context.close();
    await ben.context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { type ChildServer, pickFreePort, spawnServer } from '../helpers/childServer';
import { arriveFresh, typeStatement } from '../helpers/person';
import { saveDocImage } from '../helpers/docImages';

const SEED = 'csto-kazakhstan-2022';
let server: ChildServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// A freshly started server, as `npm start` runs it, on the project's seeded maps and an empty data dir.
beforeAll(async () => {
  const port = await pickFreePort();
  server = await spawnServer({ PORT: String(port), DATA_DIR: join(mkdtempSync(join(tmpdir(), 'warrant-fresh-')), 'data') });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
});

async function fresh(url: string, viewport?: { width: number; height: number }) {
  const opened = await arriveFresh(browser, url, viewport);
  contexts.push(opened.context);
  return opened.page;
}

describe('a participant’s first minutes, on a freshly started server', () => {
  it('opens the seeded map from the start page and draws its statements', async () => {
    const page = await fresh(server.url);
    await page.getByRole('link', { name: /CSTO deployment in Kazakhstan/ }).click();
    await page.waitForURL(`**/m/${SEED}`);
    await page.locator('[data-statement-id="thesis"]').waitFor();
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').textContent()).toMatch(/prudent/);
    await saveDocImage(page, 'seeded-map');
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => page.locator('.react-flow__node-statement').count()).toBeGreaterThan(40);
    expect(await page.locator('.relation.support').count()).toBeGreaterThan(10);
    expect(await page.locator('.relation.attack').count()).toBeGreaterThan(5);
  });

  it('two newcomers in two browsers: what one types appears for the other', async () => {
    const a = await fresh(`${server.url}/m/${SEED}`);
    const b = await fresh(`${server.url}/m/${SEED}`);
    await a.locator('[data-statement-id="thesis"]').waitFor();
    await b.locator('[data-statement-id="thesis"]').waitFor();
    await a.locator('.sync-status[data-status="connected"]').waitFor();
    const before = await b.locator('.react-flow__node-statement').count();
    await a.getByRole('button', { name: '+ Statement' }).click();
    await typeStatement(a, 'Typed in browser A');
    await expect.poll(() => b.getByText('Typed in browser A').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => b.locator('.react-flow__node-statement').count()).toBeGreaterThanOrEqual(before + 1);
  });
});

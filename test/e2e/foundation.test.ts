import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { saveDocImage } from '../helpers/docImages';

const SEED = 'csto-kazakhstan-2022';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(makeDirs({ [SEED]: `maps/${SEED}.json` }), join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A participant who gave their name before, so the name prompt does not cover the canvas. */
async function namedPage(name: string, viewport = { width: 1200, height: 800 }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((n) => {
    localStorage.setItem('warrant:name', n);
    localStorage.setItem('warrant:name-asked', '1');
  }, name);
  return context.newPage();
}

describe('the editor in Chromium', () => {
  it('offers the seeded map on the start page and draws its statements on the canvas', async () => {
    const page = await namedPage('Ana', { width: 1400, height: 900 });
    await page.goto(server.url);
    await page.getByRole('link', { name: /CSTO deployment in Kazakhstan/ }).click();
    await page.waitForURL(`**/m/${SEED}`);
    await page.locator('.react-flow__node-statement').first().waitFor();
    // The first view focuses the thesis; Fit view brings every statement into view.
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => page.locator('.react-flow__node-statement').count()).toBeGreaterThan(40);
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').textContent()).toMatch(/prudent/);
    await saveDocImage(page, 'seeded-map-overview');
    expect(await page.locator('.relation.support').count()).toBeGreaterThan(10);
    expect(await page.locator('.relation.attack').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('shows an edit made in one tab in another tab', async () => {
    const a = await namedPage('Ana');
    const b = await namedPage('Ben');
    await a.goto(`${server.url}/m/${SEED}`);
    await b.goto(`${server.url}/m/${SEED}`);
    await a.locator('[data-statement-id="thesis"]').waitFor();
    await b.locator('[data-statement-id="thesis"]').waitFor();
    const before = await b.locator('.react-flow__node-statement').count();
    // A adds a statement from the toolbar: it opens in edit mode; type and press Enter.
    await a.getByRole('button', { name: '+ Statement' }).click();
    const input = a.getByLabel('Statement text');
    await input.waitFor();
    await input.fill('Typed in tab A');
    await input.press('Enter');
    await expect.poll(() => b.locator('.react-flow__node-statement').count(), { timeout: 5000 }).toBe(before + 1);
    await expect.poll(() => b.getByText('Typed in tab A').count(), { timeout: 5000 }).toBe(1);
    await a.close();
    await b.close();
  });
});

import { expectCaretIn } from '../helpers/person';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { createEmptyMap, createStatement } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(makeDirs(), join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAs(name: string, mapId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await context.addInitScript((n) => {
    localStorage.setItem('warrant:name', n);
    localStorage.setItem('warrant:name-asked', '1');
  }, name);
  const page = await context.newPage();
  await page.goto(`${server.url}/m/${mapId}`);
  await page.locator('[data-statement-id="s1"]').waitFor();
  return page;
}

describe('two people typing in the same statement', () => {
  it('keeps both people’s characters, live in both editors', async () => {
    const map = { ...createEmptyMap('Co-typing'), statements: [createStatement({ id: 's1', text: 'Trees help.', position: { x: 100, y: 100 } })] };
    const { id } = await (await fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(map) })).json();
    const a = await openAs('Ana', id);
    const b = await openAs('Ben', id);
    await a.locator('[data-statement-id="s1"]').dblclick();
    await b.locator('[data-statement-id="s1"]').dblclick();
    const inA = a.getByLabel('Statement text');
    const inB = b.getByLabel('Statement text');
    await expectCaretIn(a, inA, 'Ana’s text box');
    await expectCaretIn(b, inB, 'Ben’s text box');
    await a.keyboard.press('Control+Home');
    await b.keyboard.press('Control+End');
    // Interleaved typing: Ana at the start, Ben at the end, at the same time.
    await Promise.all([a.keyboard.type('Old ', { delay: 40 }), b.keyboard.type(' A lot.', { delay: 40 })]);
    const expected = 'Old Trees help. A lot.';
    await expect.poll(() => inA.inputValue()).toBe(expected);
    await expect.poll(() => inB.inputValue()).toBe(expected);
    await a.keyboard.press('Enter');
    await b.keyboard.press('Enter');
    await expect.poll(async () => (await (await fetch(`${server.url}/api/maps/${id}`)).json()).statements[0].text).toBe(expected);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { clickAndType, typeStatement } from '../helpers/person';
import { ADA, BEN, emptySpot, getViewCenter, openAs, pan, waitForMap } from './collabHelpers';

const SMALL = 'test/fixtures/smallMap.json';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(makeDirs({ cursors: SMALL, follow: SMALL, leave: SMALL }), join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('presence between two browsers', () => {
  it('shows the other person’s cursor, selection, typing and edits', { timeout: 60_000 }, async () => {
    const a = await openAs(browser, `${server.url}/m/cursors`, ADA);
    const b = await openAs(browser, `${server.url}/m/cursors`, BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    await expect.poll(() => b.page.locator('.avatar[data-peer="Ada"]').count()).toBe(1);

    // A moves the pointer over the canvas: B sees an arrow labelled "Ada".
    const p = await emptySpot(a.page, 0.7, 0.3);
    await a.page.mouse.move(p.x, p.y);
    await a.page.mouse.move(p.x + 30, p.y + 20, { steps: 4 });
    const cursor = b.page.locator('.peer-cursor[data-peer="Ada"]');
    await cursor.waitFor();
    expect(await cursor.textContent()).toBe('Ada');

    // A selects a statement: B sees it ringed in Ada's colour with her name.
    await a.page.locator('[data-statement-id="r1"]').click();
    const r1 = b.page.locator('[data-statement-id="r1"]');
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('Ada');
    expect(await r1.evaluate((el) => getComputedStyle(el).boxShadow)).toContain(ADA.rgb);

    // A types into it: B sees "✎ Ada", then the new text.
    await a.page.locator('[data-statement-id="r1"]').dblclick();
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('✎ Ada');
    await a.page.keyboard.press('Control+a');
    await typeStatement(a.page, 'Trees cool streets by several degrees.');
    await expect.poll(() => r1.textContent()).toContain('Trees cool streets by several degrees.');
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('Ada');

    // And the other way round: A sees Ben's selection.
    await b.page.locator('[data-statement-id="o1"]').click();
    await expect.poll(() => a.page.locator('[data-statement-id="o1"] .badge-presence').textContent()).toBe('Ben');
    expect(await a.page.locator('[data-statement-id="o1"]').evaluate((el) => getComputedStyle(el).boxShadow)).toContain(BEN.rgb);
    await a.context.close();
    await b.context.close();
  });

  it('follows another person’s view until one pans oneself', { timeout: 60_000 }, async () => {
    const a = await openAs(browser, `${server.url}/m/follow`, ADA);
    // Ben has not chosen a name yet: the editor asks once.
    const b = await openAs(browser, `${server.url}/m/follow`);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    const ask = b.page.getByRole('form', { name: 'Your name and colour' });
    await clickAndType(b.page, ask.getByLabel('Name'), 'Ben', 'the Name field');
    await ask.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.page.locator('.avatar[data-peer="Ben"]').count()).toBe(1);

    await b.page.locator('.avatar[data-peer="Ada"]').click();
    expect(await b.page.locator('.avatar[data-peer="Ada"]').getAttribute('aria-pressed')).toBe('true');
    await b.page.getByText('Following Ada').waitFor();

    await pan(a.page, 260, 170);
    const target = await getViewCenter(a.page);
    await expect.poll(async () => {
      const c = await getViewCenter(b.page);
      return Math.hypot(c.x - target.x, c.y - target.y) < 2 && Math.abs(c.zoom - target.zoom) < 0.01;
    }, { timeout: 5000 }).toBe(true);

    // B pans on its own: following stops, and A's next pan no longer moves B.
    await pan(b.page, -120, 0);
    expect(await b.page.locator('.avatar[data-peer="Ada"]').getAttribute('aria-pressed')).toBe('false');
    expect(await b.page.getByText('Following Ada').count()).toBe(0);
    const own = await getViewCenter(b.page);
    await pan(a.page, -300, 0);
    await a.page.waitForTimeout(400);
    const after = await getViewCenter(b.page);
    expect(Math.hypot(after.x - own.x, after.y - own.y)).toBeLessThan(1);
    await a.context.close();
    await b.context.close();
  });

  it('removes a closed tab from everyone’s view within seconds', { timeout: 60_000 }, async () => {
    const a = await openAs(browser, `${server.url}/m/leave`, ADA);
    const b = await openAs(browser, `${server.url}/m/leave`, BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    const p = await emptySpot(a.page, 0.7, 0.3);
    await a.page.mouse.move(p.x, p.y, { steps: 3 });
    await b.page.locator('.peer-cursor[data-peer="Ada"]').waitFor();
    expect(await b.page.locator('.presence-count').textContent()).toBe('2 here');
    await a.context.close();
    await expect.poll(() => b.page.locator('.peer-cursor[data-peer="Ada"]').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => b.page.locator('.avatar[data-peer="Ada"]').count()).toBe(0);
    expect(await b.page.locator('.presence-count').textContent()).toBe('1 here');
    await b.context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { saveDocImage } from '../helpers/docImages';
import { arriveFresh, clickAndType, expectCaretIn } from '../helpers/person';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { waitForMap } from './collabHelpers';

/**
 * The outline beside the canvas, and on a phone, for a person arriving with an empty profile:
 * moving through the tree selects on the canvas; on a phone the outline is what opens, passes
 * axe-core and is edited with touch and the on-screen keyboard.
 */
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

const saved = async (): Promise<ArgumentMap> => (await fetch(`${server.url}/api/maps/${SEED}`)).json();
const focused = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), id: document.activeElement?.getAttribute('data-statement-id') }));

describe('the outline for a person arriving fresh', () => {
  it('beside the canvas: arrows move through the tree and the canvas selects what has focus (README screenshot)', async () => {
    const { page, context } = await arriveFresh(browser, `${server.url}/m/${SEED}`, { width: 1300, height: 820 });
    await waitForMap(page, 'thesis');
    await clickAndType(page, page.getByLabel('Name', { exact: true }), 'Ada', 'the name field');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Panels' }).click();
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('treeitem', { name: /^Thesis: For now/ }).click();
    await expect.poll(() => focused(page)).toEqual({ label: expect.stringMatching(/^Thesis: For now/), id: 'thesis' });
    await page.locator('.react-flow [data-statement-id="thesis"].selected').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).id).not.toBe('thesis');
    const { id } = await focused(page);
    expect(id).toBeTruthy();
    await page.locator(`.react-flow [data-statement-id="${id}"].selected`).waitFor();
    // ← on an item with children closes it; the tree says so.
    await page.getByRole('treeitem', { name: /^Thesis: For now/ }).click();
    const open = await page.getByRole('treeitem').count();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('treeitem', { name: /^Thesis: For now/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('treeitem').count()).toBeLessThan(open - 20);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('treeitem', { name: /^Thesis: For now/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('treeitem').count()).toBe(open);
    await page.keyboard.press('ArrowDown');
    await saveDocImage(page, 'outline');
    await context.close();
  });

  it('on a phone: the outline opens first, passes axe-core, and a statement is edited with taps and the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/m/${SEED}`);
    await page.getByRole('tree', { name: 'Outline of the map' }).waitFor();
    await page.getByRole('button', { name: 'Not now' }).tap();
    expect(await axeViolations(page)).toEqual([]);
    const item = page.getByRole('treeitem', { name: /^Objection: Moscow should withdraw/ });
    await item.tap();
    await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Edit', exact: true }).tap();
    const input = page.getByRole('tree').getByLabel('Statement text');
    await expectCaretIn(page, input, 'the outline’s text box');
    await page.keyboard.press('End');
    await page.keyboard.type(' At once.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).statements.find((s) => s.text.startsWith('Moscow should withdraw'))?.text).toMatch(/ At once\.$/);
    await page.getByRole('treeitem', { name: /At once\.$/ }).waitFor();
    await context.close();
  });
});

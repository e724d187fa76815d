import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type ArgumentMap, createEmptyMap, createStatement } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { saveDocImage } from '../helpers/docImages';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { ADA, BEN, openAs, waitForMap } from './collabHelpers';

const SEED = 'csto-kazakhstan-2022';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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

const saved = async (id: string): Promise<ArgumentMap> => (await fetch(`${server.url}/api/maps/${id}`)).json();

async function createMap(): Promise<string> {
  const map: ArgumentMap = {
    ...createEmptyMap('Street trees'),
    statements: [
      createStatement({ id: 't', text: 'We should plant more trees.', kind: 'thesis', position: { x: 300, y: 40 } }),
      createStatement({ id: 'r1', text: 'Trees cool cities.', position: { x: 100, y: 240 } }),
      createStatement({ id: 'o1', text: 'Trees cost money.', position: { x: 500, y: 240 } }),
    ],
    inferences: [
      { id: 'i1', premises: ['r1'], target: 't', polarity: 'support' },
      { id: 'i2', premises: ['o1'], target: 't', polarity: 'attack' },
    ],
  };
  return (await (await fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(map) })).json()).id;
}

/** axe-core run inside the page: the serious and critical violations, by rule and target. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [sel] } : document);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
  return result;
}

const treeItem = (page: Page, text: string) => page.getByRole('treeitem', { name: new RegExp(text) });
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

async function openOutline(page: Page) {
  const tab = page.getByRole('tab', { name: 'Outline' });
  if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
  await tab.click();
  await page.getByRole('tree', { name: 'Outline of the map' }).waitFor();
}

describe('the outline view', () => {
  it('is a keyboard-only editor: move, add a reason, edit, re-attach, reorder; others’ edits are announced', async () => {
    const id = await createMap();
    const ada = await openAs(browser, `${server.url}/m/${id}`, ADA);
    await waitForMap(ada.page, 't');
    await openOutline(ada.page);
    // One click puts the keyboard in the tree; everything after is keys.
    await treeItem(ada.page, 'Thesis: We should plant').click();
    await expect.poll(() => focusedLabel(ada.page)).toBe('Thesis: We should plant more trees.');
    await ada.page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedLabel(ada.page)).toBe('Reason: Trees cool cities.');
    await ada.page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedLabel(ada.page)).toBe('Objection: Trees cost money.');
    // R on the objection: a reason for it, open for typing.
    await ada.page.keyboard.press('r');
    const input = ada.page.getByLabel('Statement text');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await ada.page.keyboard.type('Maintenance budgets are tight.');
    await ada.page.keyboard.press('Enter');
    await expect.poll(async () => (await saved(id)).statements.find((s) => s.text === 'Maintenance budgets are tight.')?.id).toBeTruthy();
    const budget = (await saved(id)).statements.find((s) => s.text === 'Maintenance budgets are tight.')!.id;
    expect((await saved(id)).inferences.find((i) => i.premises[0] === budget)).toMatchObject({ target: 'o1', polarity: 'support' });
    await expect.poll(() => focusedLabel(ada.page)).toBe('Reason: Maintenance budgets are tight.');
    // Alt+← re-attaches it one level up (a reason for the thesis), Alt+↑ moves it before its sibling.
    await ada.page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(async () => (await saved(id)).inferences.find((i) => i.premises[0] === budget)?.target).toBe('t');
    await ada.page.keyboard.press('ArrowUp');
    await ada.page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedLabel(ada.page)).toBe('Reason: Trees cool cities.');
    await ada.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => {
      const m = await saved(id);
      return m.statements.find((s) => s.id === 'r1')!.position!.x > m.statements.find((s) => s.id === 'o1')!.position!.x;
    }).toBe(true);
    // Enter edits the focused statement's text.
    await ada.page.keyboard.press('Enter');
    await input.waitFor();
    await ada.page.keyboard.press('End');
    await ada.page.keyboard.type(' In summer.');
    await ada.page.keyboard.press('Enter');
    await expect.poll(async () => (await saved(id)).statements.find((s) => s.id === 'r1')?.text).toBe('Trees cool cities. In summer.');

    // Ben adds an objection from his canvas: Ada's outline shows it and announces it politely.
    const ben = await openAs(browser, `${server.url}/m/${id}`, BEN);
    await waitForMap(ben.page, 't');
    await ben.page.locator('[data-statement-id="t"]').click();
    await ben.page.keyboard.press('o');
    await ben.page.getByLabel('Statement text').waitFor();
    await ben.page.keyboard.type('Roots break pavements.');
    await ben.page.keyboard.press('Enter');
    await treeItem(ada.page, 'Objection: Roots break pavements').waitFor();
    await expect.poll(() => ada.page.locator('.outline [role="status"]').textContent()).toContain('Roots break pavements.');
    expect(await axeViolations(ada.page, '.outline')).toEqual([]);
    await ada.context.close();
    await ben.context.close();
  });

  it('has no serious or critical axe-core violations on the start page and the editor', async () => {
    const { page, context } = await openAs(browser, `${server.url}/`, ADA);
    await page.getByRole('heading').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/m/${SEED}`);
    await waitForMap(page, 'thesis');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is the default view on a phone and works with touch', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.addInitScript(() => localStorage.setItem('warrant:name-asked', '1'));
    const page = await context.newPage();
    await page.goto(`${server.url}/m/${SEED}`);
    await page.getByRole('tree', { name: 'Outline of the map' }).waitFor();
    await treeItem(page, 'Thesis: For now').waitFor();
    await treeItem(page, 'Objection: Moscow should withdraw').tap();
    expect(await page.getByRole('treeitem', { name: /Objection: Moscow should withdraw/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Add a reason' }).tap();
    const input = page.getByLabel('Statement text');
    await input.waitFor();
    await page.keyboard.type('Withdrawal keeps soldiers safe.');
    await page.keyboard.press('Enter');
    await treeItem(page, 'Reason: Withdrawal keeps soldiers safe').waitFor();
    await saveDocImage(page, 'outline-phone');
    await context.close();
  });
});

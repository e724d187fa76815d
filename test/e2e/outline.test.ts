import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import type { ArgumentMap } from '../../core/model';
import { saveDocImage } from '../helpers/docImages';
import { nameCard, statementBox, typeStatement, waitForCaretIn, waitForMap } from '../helpers/person';
import { SEED, SEED_FILE, useStage } from '../helpers/stage';
import { ADA, BEN } from './collabHelpers';
import { STREET_TREES } from './mapFixture';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const stage = useStage({ seeds: { [SEED]: SEED_FILE }, viewport: { width: 1300, height: 820 } });

const saved = (id: string): Promise<ArgumentMap> => stage.saved(id);
const createMap = (): Promise<string> => stage.createMap(STREET_TREES);

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
    const ada = await stage.arrive(`/m/${id}`, ADA);
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
    const input = statementBox(ada.page);
    await typeStatement(ada.page, 'Maintenance budgets are tight.');
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
    await waitForCaretIn(ada.page, input, 'the statement’s text box opened with Enter');
    await ada.page.keyboard.press('End');
    await typeStatement(ada.page, ' In summer.');
    await expect.poll(async () => (await saved(id)).statements.find((s) => s.id === 'r1')?.text).toBe('Trees cool cities. In summer.');

    // Ben adds an objection from his canvas: Ada's outline shows it and announces it politely.
    const ben = await stage.arrive(`/m/${id}`, BEN);
    await waitForMap(ben.page, 't');
    await ben.page.locator('[data-statement-id="t"]').click();
    await ben.page.keyboard.press('o');
    await typeStatement(ben.page, 'Roots break pavements.');
    await treeItem(ada.page, 'Objection: Roots break pavements').waitFor();
    await expect.poll(() => ada.page.locator('.outline [role="status"]').textContent()).toContain('Roots break pavements.');
    expect(await axeViolations(ada.page, '.outline')).toEqual([]);
  });

  it('has no serious or critical axe-core violations on the start page and the editor (with the first-visit name card)', async () => {
    const { page } = await stage.arrive('/');
    await page.getByRole('heading').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /CSTO deployment in Kazakhstan/ }).click();
    await waitForMap(page, 'thesis');
    await nameCard(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is the default view on a phone and works with touch', async () => {
    // A newcomer on a phone: empty storage, touch only.
    const { page } = await stage.arrive(`/m/${SEED}`, undefined, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.getByRole('tree', { name: 'Outline of the map' }).waitFor();
    await treeItem(page, 'Thesis: For now').waitFor();
    // The name question waits in a bar below the outline; a tap on an item (on its own line: its
    // middle lies over the branch below it) starts the work and puts the bar away.
    await nameCard(page).waitFor();
    await treeItem(page, 'Objection: Moscow should withdraw').locator('.outline-text').first().tap();
    await nameCard(page).waitFor({ state: 'detached' });
    expect(await page.getByRole('treeitem', { name: /Objection: Moscow should withdraw/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Add a reason' }).tap();
    await typeStatement(page, 'Withdrawal keeps soldiers safe.');
    await treeItem(page, 'Reason: Withdrawal keeps soldiers safe').waitFor();
    await saveDocImage(page, 'outline-phone');
  });
});

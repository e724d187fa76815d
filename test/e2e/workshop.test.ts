import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { clickAndType, typeAsPerson, waitForCaretIn } from '../helpers/person';
import { ADA, BEN, emptySpot, openAs, waitForMap } from './collabHelpers';

const FAY = { name: 'Fay', color: '#3bb273' };
const THESIS = 'For now, keeping to a defensive posture is probably the most strategically prudent option open to Moscow.';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(makeDirs({ csto: 'maps/csto-kazakhstan-2022.json' }), join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);
/** The evaluation badge of a statement: "IN ✓", "OUT ✗" or "UNDEC ?". */
const status = (page: Page, id: string) => card(page, id).locator('.badge-eval-in, .badge-eval-out, .badge-eval-undec').textContent();

async function openPanel(page: Page, tab: 'Critique' | 'Workshop'): Promise<void> {
  if ((await page.getByRole('tab', { name: tab }).count()) === 0) await page.getByRole('button', { name: 'Panels' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

async function workshopTab(page: Page, name: string): Promise<void> {
  await openPanel(page, 'Workshop');
  await page.locator('.ws-tabs').getByRole('button', { name }).click();
}

describe('a workshop with a facilitator and two participants', () => {
  it('evaluates, what-ifs, presents a walkthrough, runs a rating round and reports', { timeout: 180_000 }, async () => {
    const fay = await openAs(browser, `${server.url}/m/csto`, FAY);
    const ada = await openAs(browser, `${server.url}/m/csto`, ADA);
    const ben = await openAs(browser, `${server.url}/m/csto`, BEN);
    const all = [fay.page, ada.page, ben.page];
    for (const page of all) await waitForMap(page, 'thesis');

    // Everyone turns the evaluation on: every statement in view gets a status badge, in words.
    for (const page of all) {
      await openPanel(page, 'Critique');
      await page.getByLabel('Show what holds on the canvas').check();
      await expect.poll(() => status(page, 'thesis')).toBe('IN ✓');
    }
    expect(await status(ada.page, 'order-restored')).toBe('IN ✓');
    expect(await card(ada.page, 'thesis').locator('.badge-eval-in').getAttribute('title')).toMatch(/^IN: holds/);

    // Ada rejects the only evidence for “order restored” (from its badge's menu): for her it
    // falls, and the thesis with it; for Ben nothing changes, and the shared map is untouched.
    // The evidence lies below the first view: Ada finds it (Find centres the match), then clicks its badge.
    await ada.page.getByRole('button', { name: /^Find/ }).click();
    const find = ada.page.getByLabel('Find statements');
    await waitForCaretIn(ada.page, find, 'the Find field');
    await typeAsPerson(ada.page, 'Kazakh leadership claims', find, 'the Find field');
    await ada.page.keyboard.press('Enter');
    await card(ada.page, 'order-claimed').locator('.badge-eval-in').click();
    const popover = ada.page.getByRole('dialog', { name: 'Why IN' });
    await expect.poll(() => popover.textContent()).toContain('IN because nothing supports or attacks it');
    await popover.getByRole('button', { name: 'Reject' }).click();
    // She steps back to see the whole map (badges still mark every card in the overview).
    await ada.page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => status(ada.page, 'order-restored')).toBe('OUT ✗');
    await expect.poll(() => status(ada.page, 'thesis')).toBe('OUT ✗');
    expect(await card(ada.page, 'order-claimed').locator('.badge-whatif').textContent()).toBe('rejected');
    const live = (await (await fetch(`${server.url}/api/maps/csto`)).json()) as ArgumentMap;
    expect(live.workshop).toBeUndefined();
    await ada.page.keyboard.press('Escape');

    // Saved as a named scenario, the what-if is shared: Ben applies it and sees what Ada sees.
    await clickAndType(ada.page, ada.page.getByLabel('Scenario name'), 'Without the leadership’s word', 'the Scenario name field');
    await ada.page.getByRole('button', { name: 'Save scenario' }).click();
    const scenario = ben.page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem').filter({ hasText: 'Without the leadership’s word' });
    await expect.poll(() => scenario.textContent()).toContain('by Ada: 0 accepted, 1 rejected');
    // Ada's saved scenario has reached Ben (after her what-if): her what-if alone changed nothing for him.
    expect(await status(ben.page, 'order-restored')).toBe('IN ✓');
    expect(await status(ben.page, 'thesis')).toBe('IN ✓');
    await scenario.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => status(ben.page, 'order-restored')).toBe('OUT ✗');
    await ben.page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => status(ben.page, 'order-restored')).toBe('IN ✓');

    // The facilitator takes the automatic walkthrough and presents it: the thesis comes first.
    await workshopTab(fay.page, 'Walkthrough');
    await fay.page.getByRole('button', { name: 'Use the automatic walkthrough' }).click();
    await fay.page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => card(fay.page, 'thesis').locator('.badge-step').textContent()).toMatch(/^Step 1\/\d+$/);
    expect(await card(fay.page, 'thesis').getAttribute('class')).toContain('ws-step');

    // Ben follows her: his canvas shows the step she is on, and the card beside it.
    await ben.page.locator('.presenter-banner').getByRole('button', { name: 'Follow Fay' }).click();
    await ben.page.getByText('Following Fay').first().waitFor();
    await expect.poll(() => ben.page.locator('.present-card .present-step').textContent()).toMatch(/^Step 1 of \d+$/);
    await fay.page.keyboard.press('ArrowRight');
    await expect.poll(() => fay.page.locator('.present-card .present-step').textContent()).toMatch(/^Step 2 of/);
    await expect.poll(() => ben.page.locator('.present-card .present-step').textContent()).toMatch(/^Step 2 of/);
    await expect.poll(() => card(ben.page, 'opt-defend').getAttribute('class')).toContain('ws-step');
    expect(await card(ben.page, 'opt-defend').locator('.badge-step').textContent()).toMatch(/^Step 2\//);
    expect(await ben.page.locator('.present-card .present-text').textContent()).toContain('defensive posture brings Moscow real benefits');
    expect(await ben.page.locator('.present-card .present-source mark').textContent()).not.toBe('');
    expect(await card(ada.page, 'opt-defend').count() === 0 || !(await card(ada.page, 'opt-defend').getAttribute('class'))?.includes('ws-step')).toBe(true);
    await fay.page.keyboard.press('Escape');
    await expect.poll(() => ben.page.locator('.present-card').count()).toBe(0);

    // A rating round: Ada agrees with the thesis, Ben disagrees.
    await workshopTab(fay.page, 'Rounds');
    await clickAndType(fay.page, fay.page.getByLabel('Round name'), 'Thesis check', 'the Round name field');
    await fay.page.getByRole('button', { name: 'Open round' }).click();
    for (const [page, stance] of [[ada.page, 'Agree'], [ben.page, 'Disagree']] as const) {
      await workshopTab(page, 'Rate');
      await page.locator('.ws-round-state.open', { hasText: 'Thesis check' }).waitFor();
      const spot = await emptySpot(page);
      await page.mouse.click(spot.x, spot.y);
      await page.getByRole('button', { name: 'Rate the thesis' }).click();
      await page.getByRole('button', { name: `${stance === 'Agree' ? '▲' : '▼'} ${stance}` }).click();
      await page.getByRole('radio', { name: '4' }).click();
      await expect.poll(() => page.getByRole('radio', { name: '4' }).getAttribute('aria-checked')).toBe('true');
    }

    // The facilitator sees at once that the room is split on the thesis.
    await workshopTab(fay.page, 'Results');
    await fay.page.getByRole('radio', { name: 'Controversy' }).click();
    const row = fay.page.locator('.ws-results li.split', { hasText: THESIS });
    await row.getByRole('button', { name: THESIS }).click();
    await expect.poll(() => card(fay.page, 'thesis').locator('.badge-split').textContent()).toBe('split ▲1 ▼1');
    expect(await card(fay.page, 'thesis').getAttribute('class')).toContain('ws-split');
    expect(await card(fay.page, 'thesis').locator('.badge-split').getAttribute('title')).toBe('1 agree, 1 disagree, mean confidence 4.0; divided or neutral; the room is split');
    expect(await row.locator('.ws-summary').textContent()).toBe('1 agree, 1 disagree, mean confidence 4.0');
    expect(await row.textContent()).not.toContain('Ada');

    // Closing the round saves a named version holding its ratings.
    await workshopTab(fay.page, 'Rounds');
    await fay.page.getByRole('button', { name: 'Close round' }).click();
    await fay.page.getByText('saved as the version “Round: Thesis check”').waitFor();
    const versions = (await (await fetch(`${server.url}/api/maps/csto/versions`)).json()) as { id: number; name: string }[];
    const version = versions.find((v) => v.name === 'Round: Thesis check');
    expect(version).toBeDefined();
    const saved = (await (await fetch(`${server.url}/api/maps/csto/versions/${version!.id}`)).json()) as ArgumentMap;
    expect(saved.workshop?.ratings.map((r) => [r.target, r.stance]).sort()).toEqual([['thesis', 'agree'], ['thesis', 'disagree']]);
    expect(await fay.page.locator('.ws-compare td.split').first().textContent()).toContain('±0.00');

    // One click: the Markdown report, with the thesis and the round's result.
    await workshopTab(fay.page, 'Report');
    const [download] = await Promise.all([
      fay.page.waitForEvent('download'),
      fay.page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-report\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain(`> ${THESIS}`);
    expect(markdown).toContain('| Rated | Thesis check (closed) |');
    expect(markdown).toMatch(/\| For now, keeping to a defensive posture .*\| ±0\.00 divided or neutral \(1 agree, 1 disagree, mean confidence 4\.0\); \*\*split\*\* \|/);
    expect(markdown).toContain('![The argument map');

    for (const p of [fay, ada, ben]) await p.context.close();
  });
});

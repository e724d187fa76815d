import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import { SEED_FILE, useStage } from '../helpers/stage';
import { ROOT } from '../helpers/server';
import { type Person, type Who, typeStatement, waitForMap } from '../helpers/person';
import { createMapOn, fetchMap } from './mapFixture';

const session = useStage({ viewport: { width: 1280, height: 800 } });
const SEED = JSON.parse(readFileSync(join(ROOT, SEED_FILE), 'utf8')) as ArgumentMap;

/** Each person in a browser of their own (empty storage), arriving from the same link. */
async function arrive(url: string, who: Who): Promise<Person> {
  const person = await session.arrive(url, who);
  await waitForMap(person.page, 'thesis');
  return person;
}

const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);
/** What the view bar says it hides ("58 of 68 statements shown"), or '' when it hides nothing. */
const viewStatus = (page: Page) => page.locator('.view-bar .view-status').textContent();

/** Selects the withdrawal option and presses C, as a person collapsing its branch does. */
async function collapseWithdrawal(page: Page): Promise<void> {
  await card(page, 'opt-withdraw').click();
  await expect.poll(() => card(page, 'opt-withdraw').getAttribute('class')).toMatch(/\bselected\b/);
  await page.keyboard.press('c');
  await expect.poll(() => card(page, 'opt-withdraw').locator('.badge-collapsed').textContent()).toBe('+10 hidden');
}

describe('collapse is personal, like focus and filters', () => {
  it('Ada collapses a branch: only her view hides it; Ben and the stored map are untouched', async () => {
    const id = await createMapOn(session.server.url, { ...SEED, title: 'Collapse' });
    const url = `${session.server.url}/m/${id}`;
    const ada = await arrive(url, { name: 'Ada' });
    const ben = await arrive(url, { name: 'Ben' });
    await collapseWithdrawal(ada.page);
    await expect.poll(() => viewStatus(ada.page)).toBe('58 of 68 statements shown');
    // A round trip after the collapse: Ada adds a statement, and Ben sees it arrive.
    await ada.page.keyboard.press('n');
    await typeStatement(ada.page, 'Written after collapsing');
    await ben.page.getByText('Written after collapsing', { exact: true }).waitFor();
    expect(await viewStatus(ben.page)).toBe('');
    expect(await card(ben.page, 'opt-withdraw').locator('.badge-collapsed').count()).toBe(0);
    expect((await fetchMap(session.server.url, id)).statements.some((s) => s.collapsed)).toBe(false);
    await expect.poll(() => viewStatus(ada.page)).toBe('59 of 69 statements shown');
    // Ben collapses the same branch for himself, then expands it: Ada's view stays as she left it.
    await collapseWithdrawal(ben.page);
    await card(ben.page, 'opt-withdraw').locator('.badge-collapsed').click();
    await expect.poll(() => viewStatus(ben.page)).toBe('');
    expect(await viewStatus(ada.page)).toBe('59 of 69 statements shown');
  });

  it('old documents that carry collapse flags open with everything shown', async () => {
    const flagged = { ...SEED, title: 'Old collapse flags', statements: SEED.statements.map((s) => (s.id === 'opt-withdraw' ? { ...s, collapsed: true } : s)) };
    const id = await createMapOn(session.server.url, flagged);
    const { page } = await arrive(`${session.server.url}/m/${id}`, { name: 'Ola' });
    await expect.poll(() => page.locator('.react-flow__node-statement').count()).toBeGreaterThan(5);
    expect(await viewStatus(page)).toBe('');
    expect(await card(page, 'opt-withdraw').locator('.badge-collapsed').count()).toBe(0);
  });

  it('a facilitator shares her collapsed view on purpose through present mode; followers get it back when they stop', { timeout: 240_000 }, async () => {
    const id = await createMapOn(session.server.url, { ...SEED, title: 'Presenting' });
    const url = `${session.server.url}/m/${id}`;
    const fay = await arrive(url, { name: 'Fay' });
    const ben = await arrive(url, { name: 'Ben' });
    const ada = await arrive(url, { name: 'Ada' });
    await collapseWithdrawal(fay.page);
    // Fay's collapse alone changes nothing for the others.
    expect(await viewStatus(ben.page)).toBe('');

    await fay.page.getByRole('button', { name: 'Panels' }).click();
    await fay.page.getByRole('tab', { name: 'Workshop' }).click();
    await fay.page.locator('.ws-tabs').getByRole('button', { name: 'Walkthrough' }).click();
    await fay.page.getByRole('button', { name: 'Use the automatic walkthrough' }).click();
    await fay.page.getByRole('button', { name: 'Present', exact: true }).click();
    await ben.page.locator('.presenter-banner').getByRole('button', { name: 'Follow Fay' }).click();
    // Following her, Ben sees her view: the branch she collapsed is hidden for him too.
    await expect.poll(() => viewStatus(ben.page)).toBe('58 of 68 statements shown');
    // Fay expands it while presenting: it comes back for Ben.
    await card(fay.page, 'opt-withdraw').locator('.badge-collapsed').click();
    await expect.poll(() => viewStatus(ben.page)).toBe('');
    await collapseWithdrawal(fay.page);
    await expect.poll(() => viewStatus(ben.page)).toBe('58 of 68 statements shown');
    // Ada, who does not follow, never saw any of it.
    expect(await viewStatus(ada.page)).toBe('');
    // Ben stops following: his own view (nothing collapsed) is back.
    await ben.page.getByRole('button', { name: 'Stop following Fay' }).click();
    await expect.poll(() => viewStatus(ben.page)).toBe('');
    expect((await fetchMap(session.server.url, id)).statements.some((s) => s.collapsed)).toBe(false);
  });
});

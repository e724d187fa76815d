import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getNeighbourhood } from '../../client/view/neighbourhood';
import { getSearchMatches } from '../../client/view/search';
import { typeAsPerson, waitForCaretIn } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { clickCard } from '../helpers/canvas';

const stage = useStage({ viewport: { width: 1400, height: 900 } });

/**
 * A newcomer (empty storage) who types their name into the name card, on a copy of the seeded
 * map made for this test alone; with what the tests look at on their page.
 */
async function arriveOnSeededCopy() {
  const id = await stage.createSeededCopy();
  const { page } = await stage.arrive(`/m/${id}`, { name: 'Vera' });
  await page.locator('[data-statement-id="thesis"]').waitFor();
  return { page, saved: () => stage.saved(id), ...lookingAt(page) };
}

function lookingAt(page: Page) {
  const card = (id: string) => page.locator(`[data-statement-id="${id}"]`);
  // Far out most cards are drawn on the overview canvas, not in the DOM: the minimap marks every card shown.
  const cards = () => page.getByLabel('Minimap').locator('.react-flow__minimap-node.minimap-statement');
  const shownIds = () => cards().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  /** The canvas draws only what is in view: fit the view before counting what it shows. */
  const countAfterFit = async () => {
    await page.locator('.react-flow__controls-fitview').click();
    return cards().count();
  };
  return { card, cards, shownIds, countAfterFit };
}

describe('seeing a big map, as a user', () => {
  const withdrawBranch = ['wd-remove-risk', 'wd-no-stranger', 'wd-other-powers', 'wd-doubt', 'wd-china-trade'];

  it('C collapses the branch under the selected statement in this person’s view (never in the map); its badge expands it again', async () => {
    const { page, saved, card, shownIds, countAfterFit } = await arriveOnSeededCopy();
    await expect.poll(countAfterFit).toBe(68);
    await clickCard(page, 'opt-withdraw', (await saved()).statements.find((s) => s.id === 'opt-withdraw')!.position!);
    await expect.poll(() => card('opt-withdraw').getAttribute('class')).toMatch(/\bselected\b/);
    await page.keyboard.press('c');
    await expect.poll(async () => (await shownIds()).includes('wd-doubt')).toBe(false);
    for (const id of withdrawBranch) expect(await shownIds()).not.toContain(id);
    // Also used by the answer to the question, so it stays.
    expect(await shownIds()).toContain('wd-premature-exit');
    const badge = card('opt-withdraw').locator('.badge-collapsed');
    await expect.poll(() => badge.textContent()).toBe('+10 hidden');
    expect(await badge.getAttribute('aria-label')).toMatch(/10 statements of this branch hidden/);
    await expect.poll(() => page.getByRole('toolbar', { name: 'View' }).getByRole('status').textContent()).toBe('58 of 68 statements shown');
    expect((await saved()).statements.find((s) => s.id === 'opt-withdraw')?.collapsed).toBeUndefined();

    await badge.click();
    await expect.poll(async () => (await shownIds()).includes('wd-doubt')).toBe(true);
    await expect.poll(countAfterFit).toBe(68);
  });

  it('F shows only the neighbourhood of the selection; − and + change its depth; Escape leaves focus', async () => {
    const { page, saved, card, shownIds, countAfterFit } = await arriveOnSeededCopy();
    const map = await saved();
    await card('thesis').click();
    await page.keyboard.press('f');
    const focus = page.getByRole('button', { name: 'Focus', exact: true });
    await expect.poll(() => focus.getAttribute('aria-pressed')).toBe('true');
    const two = getNeighbourhood(map, ['thesis'], 2);
    await expect.poll(countAfterFit).toBe(two.size);
    expect((await shownIds()).every((id) => two.has(id))).toBe(true);

    await page.getByRole('button', { name: 'One step less around the selection' }).click();
    await expect.poll(countAfterFit).toBe(getNeighbourhood(map, ['thesis'], 1).size);
    expect(getNeighbourhood(map, ['thesis'], 1).size).toBe(7);
    await page.getByRole('button', { name: 'One step more around the selection' }).click();
    await expect.poll(countAfterFit).toBe(two.size);

    await card('thesis').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => focus.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(countAfterFit).toBe(68);
  });

  it('the kind filter keeps only evidence cards; Show all brings everything back', async () => {
    const { page, saved, cards, countAfterFit } = await arriveOnSeededCopy();
    const filter = page.getByRole('button', { name: /^Filter/ });
    await filter.click();
    expect(await filter.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('dialog', { name: 'Filters' }).getByRole('checkbox', { name: /Evidence/ }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Filters' }).count()).toBe(0);
    await expect.poll(countAfterFit).toBe(11);
    const classes = await cards().locator('.statement').evaluateAll((els) => els.map((e) => e.className));
    expect(classes.every((c) => c.includes('kind-evidence'))).toBe(true);

    // Search says how many matches the filter hides.
    const map = await saved();
    const hiddenMoscow = getSearchMatches(map, 'moscow').filter((id) => map.statements.find((s) => s.id === id)!.kind !== 'evidence');
    await page.keyboard.press('Control+f');
    await waitForCaretIn(page, page.getByLabel('Find statements'), 'the Find field');
    await typeAsPerson(page, 'moscow', page.getByLabel('Find statements'), 'the Find field');
    await expect.poll(() => page.locator('.search-hidden').textContent()).toContain(`${hiddenMoscow.length} hidden by filters`);
    await page.keyboard.press('Escape');

    await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Show all' }).click();
    await expect.poll(countAfterFit).toBe(68);
  });

  it('Ctrl+F finds text, Enter and Shift+Enter step through the matches, Escape clears the highlights', async () => {
    const { page, saved, card } = await arriveOnSeededCopy();
    const matches = getSearchMatches(await saved(), 'moscow');
    expect(matches.length).toBeGreaterThan(3);
    await page.keyboard.press('Control+f');
    const input = page.getByLabel('Find statements');
    await waitForCaretIn(page, input, 'the Find field');
    await page.keyboard.press('ControlOrMeta+a');
    await typeAsPerson(page, 'MOSCOW', input, 'the Find field');
    const count = page.locator('#search-count');
    await expect.poll(() => count.textContent()).toBe(`${matches.length} matches`);
    await expect.poll(() => page.locator('.statement.search-match').count()).toBeGreaterThan(3);

    await page.keyboard.press('Enter');
    await expect.poll(() => card(matches[0]).getAttribute('class')).toMatch(/\bselected\b.*\bsearch-current\b|\bsearch-current\b.*\bselected\b/);
    await expect.poll(() => count.textContent()).toBe(`1 of ${matches.length}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(matches[1]).getAttribute('class')).toMatch(/\bsearch-current\b/);
    await expect.poll(() => card(matches[1]).getAttribute('class')).toMatch(/\bselected\b/);
    expect(await card(matches[1]).locator('.badge-search-current').textContent()).toBe(`⌕ 2 of ${matches.length}`);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe(`1 of ${matches.length}`);
    await expect.poll(() => card(matches[0]).getAttribute('class')).toMatch(/\bsearch-current\b/);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('search').count()).toBe(0);
    await expect.poll(() => page.locator('.search-match').count()).toBe(0);
  });

  it('lists the view shortcuts in the help', async () => {
    const { page } = await arriveOnSeededCopy();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const text of ['Collapse or expand the branch', 'Focus on the selection', 'Find statements by text or tag']) {
      expect(await help.getByText(text, { exact: false }).count()).toBe(1);
    }
    await help.getByRole('button', { name: 'Close' }).click();
  });
});

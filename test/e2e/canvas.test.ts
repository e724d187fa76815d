import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { emptySpot } from '../helpers/canvas';
import { nameCard, statementBox, typeAsPerson, typeStatement, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { buildMap, byText } from './mapFixture';

const stage = useStage();

const TREES = buildMap('Trees', [['t', 'Cities should plant more trees', 'thesis'], ['r1', 'Trees cool the streets']], [['r1', 't', 'support']]);

/** A participant opening a new copy of `map` from a link, in a fresh browser (empty storage). */
async function arrive(map: ArgumentMap): Promise<{ page: Page; id: string; saved: () => Promise<ArgumentMap> }> {
  const id = await stage.createMap(map);
  const { page } = await stage.arrive(`/m/${id}`);
  await waitForMap(page, map.statements[0]?.id);
  return { page, id, saved: () => stage.saved(id) };
}

const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);
const texts = async (m: Promise<ArgumentMap>) => (await m).statements.map((s) => s.text).sort();

describe('creating statements and typing into them, as a person', () => {
  it('a newcomer double-clicks the empty canvas and types: Enter commits', async () => {
    const { page, saved } = await arrive(buildMap('Empty'));
    // The first-visit name card is shown, and does not take the keyboard.
    await nameCard(page).waitFor();
    const p = await emptySpot(page, 0.4, 0.5);
    await page.mouse.dblclick(p.x, p.y);
    await typeStatement(page, 'Cities should plant more trees');
    await expect.poll(() => texts(saved())).toEqual(['Cities should plant more trees']);
    // Starting to work put the name card away.
    expect(await nameCard(page).count()).toBe(0);
  });

  it('N and the + Statement button open a new card with the caret in it', async () => {
    const { page, saved } = await arrive(TREES);
    await page.keyboard.press('n');
    await typeStatement(page, 'Made with N');
    await page.getByRole('button', { name: '+ Statement' }).click();
    await typeStatement(page, 'Made with the button');
    await expect.poll(() => texts(saved())).toEqual(['Cities should plant more trees', 'Made with N', 'Made with the button', 'Trees cool the streets']);
  });

  it('R, O and the + Reason / + Objection buttons add premises to the selected card, ready to type', async () => {
    const { page, saved } = await arrive(TREES);
    await card(page, 't').click();
    await page.keyboard.press('r');
    await typeStatement(page, 'Shade saves energy');
    await card(page, 't').click();
    await page.keyboard.press('o');
    await typeStatement(page, 'Trees cost money');
    await card(page, 't').click();
    await page.getByRole('button', { name: '+ Reason' }).click();
    await typeStatement(page, 'Birds nest in them');
    await card(page, 't').click();
    await page.getByRole('button', { name: '+ Objection' }).click();
    await typeStatement(page, 'Roots break pavements');
    await expect.poll(async () => (await saved()).statements.length).toBe(6);
    const m = await saved();
    const polarity = (text: string) => m.inferences.find((i) => i.premises.includes(byText(m, text).id) && i.target === 't')?.polarity;
    expect(['Shade saves energy', 'Birds nest in them'].map(polarity)).toEqual(['support', 'support']);
    expect(['Trees cost money', 'Roots break pavements'].map(polarity)).toEqual(['attack', 'attack']);
    await expect.poll(() => page.locator('.relation.attack').count()).toBe(2);
  });

  it('U on a selected premise undercuts its inference, ready to type', async () => {
    const { page, saved } = await arrive(TREES);
    await card(page, 'r1').click();
    await page.keyboard.press('u');
    await typeStatement(page, 'Only where streets are narrow');
    await expect.poll(async () => (await saved()).statements.length).toBe(3);
    const m = await saved();
    const u = m.inferences.find((i) => i.premises.includes(byText(m, 'Only where streets are narrow').id))!;
    expect(u).toMatchObject({ target: 'i1', polarity: 'attack' });
    await expect.poll(() => page.locator('.relation.undercut').count()).toBeGreaterThan(0);
  });

  it('Shift+Enter breaks the line; Escape on a new card, or leaving it empty, leaves no card behind', async () => {
    const { page, saved } = await arrive(TREES);
    await page.keyboard.press('n');
    await typeAsPerson(page, 'First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(saved())).toContain('First line\nsecond line');

    await page.keyboard.press('n');
    await typeAsPerson(page, 'Never mind');
    await page.keyboard.press('Escape');
    await statementBox(page).waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await typeAsPerson(page, '');
    const p = await emptySpot(page, 0.2, 0.9);
    await page.mouse.click(p.x, p.y);
    await statementBox(page).waitFor({ state: 'detached' });
    // One more statement as a round trip: once it is saved, the earlier edits are too.
    await page.keyboard.press('n');
    await typeStatement(page, 'Last');
    await expect.poll(() => texts(saved())).toContain('Last');
    expect(await texts(saved())).toEqual(['Cities should plant more trees', 'First line\nsecond line', 'Last', 'Trees cool the streets']);
    expect(await page.locator('.react-flow__node-statement').count()).toBe(4);
    // Undo after a discarded card undoes the last real edit, not a ghost of the empty one.
    await page.keyboard.press('Control+z');
    await expect.poll(() => texts(saved())).toEqual(['Cities should plant more trees', 'First line\nsecond line', 'Trees cool the streets']);
  });

  it('editing a card: the caret lands where the person double-clicked; Enter and F2 put it at the end; Escape reverts', async () => {
    const { page, saved } = await arrive(TREES);
    // Where "cool" ends on screen, measured from the rendered text.
    const text = card(page, 'r1').locator('.statement-text');
    const end = await text.evaluate((el) => {
      const range = document.createRange();
      const node = el.firstChild!;
      const at = node.textContent!.indexOf('cool') + 'cool'.length;
      range.setStart(node, at - 1);
      range.setEnd(node, at);
      const r = range.getBoundingClientRect();
      return { x: r.right - 1, y: r.top + r.height / 2 };
    });
    await page.mouse.dblclick(end.x, end.y);
    await typeAsPerson(page, 'ly');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).statements.find((s) => s.id === 'r1')?.text).toBe('Trees coolly the streets');

    await card(page, 'r1').click();
    await page.keyboard.press('Enter');
    await typeAsPerson(page, ' in summer');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).statements.find((s) => s.id === 'r1')?.text).toBe('Trees coolly the streets in summer');

    await card(page, 't').click();
    await page.keyboard.press('F2');
    await typeAsPerson(page, ' and parks');
    await page.keyboard.press('Escape');
    await statementBox(page).waitFor({ state: 'detached' });
    expect(await card(page, 't').locator('.statement-text').textContent()).toBe('Cities should plant more trees');
    await card(page, 't').click();
    await page.keyboard.press('F2');
    await typeStatement(page, '!');
    await expect.poll(async () => (await saved()).statements.find((s) => s.id === 't')?.text).toBe('Cities should plant more trees!');
  });

  it('a connection dropped on empty canvas asks the relation, then opens the new card for typing', async () => {
    const { page, saved } = await arrive(TREES);
    const from = card(page, 't').locator('.react-flow__handle-bottom');
    const a = (await from.boundingBox())!;
    const to = await emptySpot(page, 0.8, 0.8);
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Supports/ }).click();
    await typeStatement(page, 'Dropped reason');
    await expect.poll(() => texts(saved())).toContain('Dropped reason');
    const m = await saved();
    expect(m.inferences.some((i) => i.premises.includes(byText(m, 'Dropped reason').id) && i.target === 't' && i.polarity === 'support')).toBe(true);
  });
});

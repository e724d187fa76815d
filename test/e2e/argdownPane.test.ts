import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { saveDocImage } from '../helpers/docImages';
import { statementBox, typeAsPerson, waitForCaretIn, waitForMap } from '../helpers/person';
import { SEED, SEED_FILE, useStage } from '../helpers/stage';
import { runArgdown } from '../fixtures/formats/argdownOracle';
import { ADA, BEN } from './collabHelpers';
import { STREET_TREES } from './mapFixture';

const stage = useStage({ seeds: { [SEED]: SEED_FILE }, viewport: { width: 1300, height: 820 } });

const saved = (id: string): Promise<ArgumentMap> => stage.saved(id);
const textOf = async (id: string, statement: string) => (await saved(id)).statements.find((s) => s.id === statement)?.text;

/** A fresh copy of the street-trees map. */
const createMap = (): Promise<string> => stage.createMap(STREET_TREES);

/** Opens the side panel's Argdown tab, as a person would. */
async function openPane(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Argdown' });
  if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
  await tab.click();
  await page.locator('.argdown-editor .cm-content').waitFor();
}

const paneEditor = (page: Page) => page.locator('.argdown-editor .cm-content');
/** Types into the Argdown pane as a person: only once the caret is in it. */
const typeInPane = (page: Page, text: string, delay?: number) => typeAsPerson(page, text, paneEditor(page), 'the Argdown pane', delay);
const line = (page: Page, text: string) => page.locator('.argdown-editor .cm-line', { hasText: text });
const paneText = (page: Page) => page.locator('.argdown-editor .cm-content').evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
const cardText = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`).textContent();

/** Puts the caret at the end of the line holding `text`: a click on it, then End. */
async function caretAtEndOf(page: Page, text: string) {
  await line(page, text).click();
  await page.keyboard.press('End');
}

/** What @argdown/core reads from a pane's text: statement id → text. */
function oracleTexts(text: string): Record<string, string> {
  const r = runArgdown(text);
  expect(r.errors).toEqual([]);
  return Object.fromEntries(Object.entries(r.response.statements as Record<string, { members: { text?: string; isReference?: boolean }[] }>)
    .map(([id, ec]) => [id, ec.members.filter((m) => !m.isReference).at(-1)?.text?.trim() ?? '']));
}

async function expectTextAndGraphAgree(page: Page, id: string) {
  const map = await saved(id);
  const seen = oracleTexts(await paneText(page));
  for (const s of map.statements) expect(seen[s.id]).toBe(s.text);
  expect(Object.keys(seen).sort()).toEqual(map.statements.map((s) => s.id).sort());
}

describe('the live Argdown pane', () => {
  it('typing updates the canvas for everyone; a half-typed line changes nothing and shows where it breaks', async () => {
    const id = await createMap();
    const ada = await stage.arrive(`/m/${id}`, ADA);
    const ben = await stage.arrive(`/m/${id}`, BEN);
    await waitForMap(ada.page, 'o1');
    await waitForMap(ben.page, 'o1');
    await openPane(ada.page);
    await caretAtEndOf(ada.page, '[o1]: Trees cost money.');
    await typeInPane(ada.page, ' Every year.');
    await expect.poll(() => cardText(ben.page, 'o1')).toContain('Trees cost money. Every year.');
    expect(await textOf(id, 'o1')).toBe('Trees cost money. Every year.');

    // A new block, half typed: the pane names line and column, the canvas keeps its three statements.
    await ada.page.keyboard.press('Enter');
    await ada.page.keyboard.press('Enter');
    await typeInPane(ada.page, '[shade');
    const errors = ada.page.locator('.argdown-errors li');
    await expect.poll(() => errors.first().textContent()).toMatch(/^Line \d+, column 1: the title is not closed with \]/);
    expect(await ada.page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect((await saved(id)).statements).toHaveLength(3);
    await typeInPane(ada.page, ']: Shade helps pedestrians.');
    await expect.poll(() => errors.count()).toBe(0);
    await ben.page.locator('[data-statement-id="shade"]').waitFor();
    await expect.poll(() => cardText(ben.page, 'shade')).toContain('Shade helps pedestrians.');

    // A rename in the text keeps the statement: same id, same position.
    const before = (await saved(id)).statements.find((s) => s.id === 'r1')!;
    await caretAtEndOf(ada.page, '[r1]: Trees cool cities.');
    for (let i = 0; i < 'cities.'.length; i++) await ada.page.keyboard.press('Backspace');
    await typeInPane(ada.page, 'streets.');
    await expect.poll(() => textOf(id, 'r1')).toBe('Trees cool streets.');
    const after = (await saved(id)).statements.find((s) => s.id === 'r1')!;
    expect(after.position).toEqual(before.position);
    expect((await saved(id)).inferences.find((i) => i.id === 'i1')).toEqual({ id: 'i1', premises: ['r1'], target: 't', polarity: 'support' });
    await expectTextAndGraphAgree(ada.page, id);
  });

  it('two people typing in the pane at once: both edits survive, text and graph agree', async () => {
    const id = await createMap();
    const ada = await stage.arrive(`/m/${id}`, ADA);
    const ben = await stage.arrive(`/m/${id}`, BEN);
    await waitForMap(ada.page, 'o1');
    await waitForMap(ben.page, 'o1');
    await openPane(ada.page);
    await openPane(ben.page);
    await caretAtEndOf(ada.page, '[r1]: Trees cool cities.');
    await caretAtEndOf(ben.page, '[o1]: Trees cost money.');
    await Promise.all([typeInPane(ada.page, ' In summer.', 35), typeInPane(ben.page, ' And water.', 35)]);
    for (const page of [ada.page, ben.page]) {
      await expect.poll(() => paneText(page)).toContain('[r1]: Trees cool cities. In summer.');
      await expect.poll(() => paneText(page)).toContain('[o1]: Trees cost money. And water.');
    }
    await expect.poll(() => textOf(id, 'r1')).toBe('Trees cool cities. In summer.');
    await expect.poll(() => textOf(id, 'o1')).toBe('Trees cost money. And water.');
    await expectTextAndGraphAgree(ada.page, id);
    await expectTextAndGraphAgree(ben.page, id);
  });

  it('one types in the pane while another edits the canvas: the caret stays, both edits survive', async () => {
    const id = await createMap();
    const ada = await stage.arrive(`/m/${id}`, ADA);
    const ben = await stage.arrive(`/m/${id}`, BEN);
    await waitForMap(ada.page, 'o1');
    await waitForMap(ben.page, 't');
    await openPane(ada.page);
    await caretAtEndOf(ada.page, '[o1]: Trees cost money.');
    // Ben renames the thesis on the canvas while Ada types.
    await ben.page.locator('[data-statement-id="t"]').dblclick();
    const input = statementBox(ben.page);
    // Ben types once he sees the caret in the box (a keystroke before that went elsewhere in CI).
    await waitForCaretIn(ben.page, input, 'Ben’s text box');
    // The caret lands where Ben double-clicked: he moves it to the end of the text.
    await ben.page.keyboard.press('Control+End');
    await Promise.all([typeInPane(ada.page, ' Roots break pavements.', 35), typeAsPerson(ben.page, ' Soon.', input, 'Ben’s text box', 35)]);
    await ben.page.keyboard.press('Enter');
    await expect.poll(() => paneText(ada.page)).toContain('[t]: We should plant more trees. Soon.');
    // The caret stayed where Ada types: more typing lands on her line.
    await typeInPane(ada.page, ' Often.');
    await expect.poll(() => textOf(id, 'o1')).toBe('Trees cost money. Roots break pavements. Often.');
    await expect.poll(() => textOf(id, 't')).toBe('We should plant more trees. Soon.');
    await expect.poll(() => cardText(ben.page, 'o1')).toContain('Roots break pavements. Often.');
    await expectTextAndGraphAgree(ada.page, id);
  });

  it('Ctrl+click and the gutter marker select on the canvas; a canvas selection highlights its line; blocks fold', async () => {
    const id = await createMap();
    const { page } = await stage.arrive(`/m/${id}`, ADA);
    await waitForMap(page, 'o1');
    await openPane(page);
    const box = (await line(page, '[o1]: Trees cost money.').boundingBox())!;
    await page.keyboard.down('Control');
    await page.mouse.click(box.x + 20, box.y + box.height / 2);
    await page.keyboard.up('Control');
    await page.locator('[data-statement-id="o1"].selected').waitFor();
    await page.locator('.cm-item-marker[data-item="r1"]').click();
    await page.locator('[data-statement-id="r1"].selected').waitFor();
    await page.locator('[data-statement-id="t"]').click();
    await line(page, '[t]: We should plant more trees.').and(page.locator('.cm-selected-item')).waitFor();
    // Fold the relation block of r1 with the fold marker on its first line.
    const foldable = await page.locator('.cm-foldGutter .cm-gutterElement span[title="Fold line"]').count();
    expect(foldable).toBeGreaterThan(0);
    await page.locator('.cm-foldGutter .cm-gutterElement span[title="Fold line"]').first().click();
    await page.locator('.cm-foldPlaceholder').waitFor();
  });

  it('shows the seeded map as Argdown beside the canvas (README screenshot)', async () => {
    const { page } = await stage.arrive(`/m/${SEED}`, ADA);
    await waitForMap(page, 'thesis');
    await openPane(page);
    await page.locator('[data-statement-id="thesis"]').click();
    await line(page, '[thesis]').and(page.locator('.cm-selected-item')).waitFor();
    const path = await saveDocImage(page, 'argdown-pane');
    expect(path).toMatch(/argdown-pane\.png$/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { emptySpot } from '../helpers/canvas';
import { saveDocImage } from '../helpers/docImages';
import { clickAndType, typeStatement, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { buildMap, byText } from './mapFixture';

const stage = useStage({ viewport: { width: 1400, height: 900 } });

/** Thesis t with reasons r1, r2 and objection o1. */
const TREES = buildMap('Trees', [
  ['t', 'Cities should plant more trees', 'thesis'], ['r1', 'Trees cool the streets'], ['r2', 'Shade saves energy'], ['o1', 'Trees cost money'],
], [['r1', 't', 'support'], ['r2', 't', 'support'], ['o1', 't', 'attack']]);

/** A newcomer opening a new copy of `map` from a link, in a fresh browser (empty storage). */
async function arrive(map: ArgumentMap = TREES, permissions: string[] = []): Promise<{ page: Page; saved: () => Promise<ArgumentMap> }> {
  const id = await stage.createMap(map);
  const { page } = await stage.arrive(`/m/${id}`, undefined, { permissions });
  await waitForMap(page, map.statements[0]?.id);
  return { page, saved: () => stage.saved(id) };
}

const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);
const linked = (m: ArgumentMap) => m.inferences.filter((i) => i.premises.length === 2).length;

describe('shaping the argument on the canvas, as a person', () => {
  it('arrow keys move the selection along the map', async () => {
    const { page } = await arrive();
    await card(page, 'r1').click();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => card(page, 't').getAttribute('class')).toMatch(/\bselected\b/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.statement.selected').getAttribute('data-statement-id')).not.toBe('t');
  });

  it('J joins selected reasons as linked co-premises; Shift+J splits them', async () => {
    const { page, saved } = await arrive();
    await card(page, 'r1').click();
    await card(page, 'r2').click({ modifiers: ['Control'] });
    await page.keyboard.press('j');
    await expect.poll(async () => linked(await saved())).toBe(1);
    await expect.poll(() => page.locator('.react-flow__node-junction').count()).toBe(1);
    await card(page, 'r2').click();
    await page.keyboard.press('Shift+J');
    await expect.poll(async () => linked(await saved())).toBe(0);
  });

  it('dragging from a handle onto another statement asks support or attack', async () => {
    const { page, saved } = await arrive();
    const a = (await card(page, 'o1').locator('.react-flow__handle-top').boundingBox())!;
    const b = (await card(page, 'r2').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Attacks/ }).click();
    await expect.poll(async () => (await saved()).inferences.some((i) => i.premises[0] === 'o1' && i.target === 'r2' && i.polarity === 'attack')).toBe(true);
  });

  it('Delete removes the selection and the relations that would dangle; Ctrl+Z and Ctrl+Shift+Z undo and redo it', async () => {
    const { page, saved } = await arrive();
    const has = async (id: string) => (await saved()).statements.some((s) => s.id === id);
    await card(page, 'o1').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => has('o1')).toBe(false);
    expect((await saved()).inferences.some((i) => i.premises.some((p) => p === 'o1'))).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => has('o1')).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => has('o1')).toBe(false);
  });

  it('a whole drag is one undo step', async () => {
    const { page, saved } = await arrive();
    const pos = async () => (await saved()).statements.find((s) => s.id === 'o1')!.position!;
    const before = await pos();
    const b = (await card(page, 'o1').boundingBox())!;
    await page.mouse.move(b.x + 30, b.y + 30);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(b.x + 30 + i * 15, b.y + 30 + i * 5);
    await page.mouse.up();
    await expect.poll(async () => (await pos()).x).toBeGreaterThan(before.x + 100);
    expect((await saved()).statements.find((s) => s.id === 'o1')!.pinned).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(pos).toEqual(before);
  });

  it('Ctrl+C / Ctrl+V copy statements with their inner relations, into free space', async () => {
    const { page, saved } = await arrive(TREES, ['clipboard-read', 'clipboard-write']);
    await card(page, 't').click();
    await card(page, 'o1').click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await saved()).statements.length).toBe(6);
    const m = await saved();
    const copyThesis = m.statements.filter((s) => s.text === 'Cities should plant more trees').find((s) => s.id !== 't')!;
    const copyObjection = m.statements.filter((s) => s.text === 'Trees cost money').find((s) => s.id !== 'o1')!;
    expect(m.inferences.some((i) => i.target === copyThesis.id && i.premises.includes(copyObjection.id) && i.polarity === 'attack')).toBe(true);
  });

  it('the inspector changes kind and tags; comments can be added and resolved', async () => {
    const { page, saved } = await arrive();
    await page.getByRole('button', { name: 'Panels' }).click();
    await card(page, 'r1').click();
    await page.getByLabel('Kind').selectOption('evidence');
    await clickAndType(page, page.getByLabel('Tags (comma-separated)'), 'climate, cities', 'the Tags field');
    await page.keyboard.press('Enter');
    await clickAndType(page, page.getByLabel('New comment'), 'Source for this?', 'the New comment field');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(async () => {
      const s = (await saved()).statements.find((x) => x.id === 'r1')!;
      return [s.kind, s.tags.join(',')];
    }).toEqual(['evidence', 'climate,cities']);
    await expect.poll(async () => (await saved()).comments.map((c) => c.text)).toEqual(['Source for this?']);
    expect(await card(page, 'r1').textContent()).toMatch(/evidence/i);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(async () => (await saved()).comments[0]?.resolved).toBe(true);
  });

  it('click a relation, tag it and undercut it from the inspector', async () => {
    const { page, saved } = await arrive();
    await page.locator('[data-testid="rf__edge-i1:r1"]').dispatchEvent('click');
    await page.getByRole('button', { name: 'Panels' }).click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    // An argument's tags (Argdown's #pro, #con) are shown and edited here too.
    await clickAndType(page, page.getByLabel('Tags (comma-separated)'), '#pro, shade', 'the relation’s Tags field');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).inferences.find((i) => i.id === 'i1')?.tags).toEqual(['pro', 'shade']);
    await page.getByRole('button', { name: 'Undercut this inference' }).click();
    await typeStatement(page, 'Only on sunny days');
    await expect.poll(async () => {
      const m = await saved();
      return m.inferences.find((i) => i.premises.some((p) => p === m.statements.find((s) => s.text === 'Only on sunny days')?.id))?.target;
    }).toBe('i1');
  });

  it('auto layout (Shift+L) and the direction switch rearrange the map as one undoable step each', async () => {
    const { page, saved } = await arrive();
    await page.keyboard.press('Shift+L');
    await expect.poll(async () => (await saved()).statements.every((s) => s.position)).toBe(true);
    await page.getByRole('button', { name: 'Top-down' }).click();
    await expect.poll(async () => (await saved()).direction).toBe('LR');
    const m = await saved();
    expect(byText(m, 'Cities should plant more trees').position!.x).toBeLessThan(byText(m, 'Trees cool the streets').position!.x);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await saved()).direction).toBe('TB');
  });

  it('zoom controls and the minimap move the view; the theme switches', async () => {
    const { page } = await arrive();
    const scale = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
    const before = await scale();
    await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(scale).toBeGreaterThan(before);
    await page.locator('.react-flow__controls-zoomout').click();
    await page.locator('.react-flow__controls-zoomout').click();
    await expect.poll(scale).toBeLessThan(before);
    expect(await page.getByLabel('Minimap').locator('.react-flow__minimap-node').count()).toBe(4);
    // Dragging in the minimap moves the view, and so does its wheel.
    const viewport = () => page.locator('.react-flow__viewport').getAttribute('style');
    const mini = (await page.getByLabel('Minimap').boundingBox())!;
    const dragged = await viewport();
    await page.mouse.move(mini.x + mini.width / 2, mini.y + mini.height / 2);
    await page.mouse.down();
    await page.mouse.move(mini.x + mini.width / 2 + 30, mini.y + mini.height / 2 + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(viewport).not.toBe(dragged);
    const wheeled = await scale();
    await page.mouse.wheel(0, 300);
    await expect.poll(scale).not.toBe(wheeled);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await saveDocImage(page, 'canvas-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('? shows every shortcut', async () => {
    const { page } = await arrive();
    const p = await emptySpot(page, 0.1, 0.5);
    await page.mouse.click(p.x, p.y);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Add a reason[\s\S]*Undercut/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});

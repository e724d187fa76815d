import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import { createEmptyMap } from '../../core/model';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { saveDocImage } from '../helpers/docImages';

let server: RunningServer;
let browser: Browser;
let page: Page;
let mapId: string;

const saved = async (): Promise<ArgumentMap> => (await fetch(`${server.url}/api/maps/${mapId}`)).json();
const byText = (m: ArgumentMap, text: string) => m.statements.find((s) => s.text === text)!;
const node = (text: string) => page.locator('.react-flow__node-statement', { hasText: text });

/** The saved map once it holds statements with these texts (typing reaches the server a moment later). */
async function savedWith(...texts: string[]): Promise<ArgumentMap> {
  await expect.poll(async () => (await saved()).statements.filter((s) => texts.includes(s.text)).length).toBeGreaterThanOrEqual(texts.length);
  return saved();
}

async function fitAll() {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(300);
}

async function clearSelection() {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 200 } });
}

async function type(text: string) {
  const input = page.getByLabel('Statement text');
  await input.waitFor();
  await input.pressSequentially(text, { delay: 5 });
  await input.press('Enter');
  await input.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  server = await startTestServer(makeDirs(), join(ROOT, 'dist'));
  browser = await launchBrowser();
  const res = await fetch(`${server.url}/api/maps`, { method: 'POST', body: JSON.stringify(createEmptyMap('Canvas test')) });
  mapId = (await res.json()).id;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A returning participant: the name is already known, so no name prompt covers the canvas.
  await context.addInitScript(() => localStorage.setItem('warrant:name', 'Canvas Tester'));
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${server.url}/m/${mapId}`);
  await page.locator('.react-flow__pane').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('building a map on the canvas, as a user', () => {
  it('double-click on empty canvas creates a statement in editing mode; Enter commits', async () => {
    const box = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 150);
    await type('Cities should plant more trees');
    await expect.poll(async () => (await saved()).statements.map((s) => s.text)).toEqual(['Cities should plant more trees']);
  });

  it('R adds a reason and O an objection to the selected statement, ready to type', async () => {
    await node('Cities should plant').click();
    await page.keyboard.press('r');
    await type('Trees cool the streets');
    await node('Cities should plant').click();
    await page.keyboard.press('r');
    await type('Shade saves energy');
    await node('Cities should plant').click();
    await page.keyboard.press('o');
    await type('Trees cost money');
    // The last keystrokes travel to the server a moment after the editor closes.
    await expect.poll(async () => (await saved()).statements.map((s) => s.text).sort()).toEqual(
      ['Cities should plant more trees', 'Shade saves energy', 'Trees cool the streets', 'Trees cost money'],
    );
    const m = await saved();
    const thesis = byText(m, 'Cities should plant more trees');
    const rel = (text: string) => m.inferences.find((i) => i.premises.includes(byText(m, text).id))!;
    expect(rel('Trees cool the streets')).toMatchObject({ target: thesis.id, polarity: 'support' });
    expect(rel('Trees cost money')).toMatchObject({ target: thesis.id, polarity: 'attack' });
    await expect.poll(() => page.locator('.relation.attack').count()).toBe(1);
    await expect.poll(() => page.locator('.relation.support').count()).toBe(2);
  });

  it('Shift+Enter inserts a newline and Escape cancels an edit', async () => {
    await node('Trees cost money').dblclick();
    const input = page.getByLabel('Statement text');
    await input.press('End');
    await input.pressSequentially(' and water');
    await input.press('Escape');
    await expect.poll(async () => byText(await saved(), 'Trees cost money')).toBeTruthy();
    await node('Trees cost money').dblclick();
    await input.press('End');
    await input.press('Shift+Enter');
    await input.pressSequentially('to maintain');
    await input.press('Enter');
    await expect.poll(async () => (await saved()).statements.some((s) => s.text === 'Trees cost money\nto maintain')).toBe(true);
  });

  it('arrow keys move the selection along the map', async () => {
    await node('Trees cool the streets').click();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => node('Cities should plant').locator('.statement.selected').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.statement.selected').count()).toBe(1);
    expect(await page.locator('.statement.selected').textContent()).not.toMatch(/Cities should plant/);
  });

  it('J joins selected reasons as linked co-premises; Shift+J splits them', async () => {
    await node('Trees cool the streets').click();
    await node('Shade saves energy').click({ modifiers: ['Control'] });
    await page.keyboard.press('j');
    await expect.poll(async () => (await saved()).inferences.filter((i) => i.premises.length === 2).length).toBe(1);
    await expect.poll(() => page.locator('.react-flow__node-junction').count()).toBe(1);
    await clearSelection();
    await node('Shade saves energy').click();
    await page.keyboard.press('Shift+J');
    await expect.poll(async () => (await saved()).inferences.filter((i) => i.premises.length === 2).length).toBe(0);
    await clearSelection();
    await node('Trees cool the streets').click();
    await node('Shade saves energy').click({ modifiers: ['Control'] });
    await page.keyboard.press('j');
    await expect.poll(async () => (await saved()).inferences.filter((i) => i.premises.length === 2).length).toBe(1);
  });

  it('U undercuts the inference of the selected premise', async () => {
    await fitAll();
    await saveDocImage(page, 'canvas-building');
    await clearSelection();
    await node('Trees cost money').click();
    await page.keyboard.press('u');
    await type('Cost is not the question here');
    const m = await savedWith('Cost is not the question here');
    const u = m.inferences.find((i) => i.premises.includes(byText(m, 'Cost is not the question here').id))!;
    expect(m.inferences.some((i) => i.id === u.target)).toBe(true);
    expect(u.polarity).toBe('attack');
    await expect.poll(() => page.locator('.relation.undercut').count()).toBeGreaterThan(0);
  });

  it('dragging from a handle onto another statement asks support or attack', async () => {
    await fitAll();
    const from = node('Cost is not the question').locator('.react-flow__handle-top');
    const to = node('Shade saves energy');
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Attacks/ }).click();
    await expect.poll(async () => {
      const m = await saved();
      return m.inferences.some((i) => i.premises[0] === byText(m, 'Cost is not the question here').id && i.target === byText(m, 'Shade saves energy').id && i.polarity === 'attack');
    }).toBe(true);
  });

  it('dropping a connection on empty canvas creates the statement and the relation', async () => {
    await fitAll();
    const before = (await saved()).statements.length;
    const from = node('Cities should plant').locator('.react-flow__handle-bottom');
    const a = (await from.boundingBox())!;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(pane.x + 80, pane.y + pane.height - 80, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Supports/ }).click();
    await type('Dropped reason');
    const m = await savedWith('Dropped reason');
    expect(m.statements.length).toBe(before + 1);
    expect(m.inferences.some((i) => i.premises.includes(byText(m, 'Dropped reason').id) && i.polarity === 'support')).toBe(true);
  });

  it('Delete removes the selection and the relations that would dangle; Ctrl+Z and Ctrl+Shift+Z undo and redo it', async () => {
    await node('Dropped reason').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await saved()).statements.some((s) => s.text === 'Dropped reason')).toBe(false);
    const m = await saved();
    expect(m.inferences.every((i) => i.premises.every((p) => m.statements.some((s) => s.id === p)))).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await saved()).statements.some((s) => s.text === 'Dropped reason')).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await saved()).statements.some((s) => s.text === 'Dropped reason')).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await saved()).statements.some((s) => s.text === 'Dropped reason')).toBe(true);
  });

  it('a whole drag is one undo step', async () => {
    await clearSelection();
    await fitAll();
    const target = node('Dropped reason');
    const before = byText(await saved(), 'Dropped reason').position!;
    const b = (await target.boundingBox())!;
    await page.mouse.move(b.x + 30, b.y + 30);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(b.x + 30 + i * 15, b.y + 30 + i * 5);
    await page.mouse.up();
    await expect.poll(async () => byText(await saved(), 'Dropped reason').position!.x).toBeGreaterThan(before.x + 100);
    expect(byText(await saved(), 'Dropped reason').pinned).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => byText(await saved(), 'Dropped reason').position).toEqual(before);
  });

  it('Ctrl+C / Ctrl+V copy statements with their inner relations', async () => {
    await clearSelection();
    await node('Cities should plant').click();
    await node('Trees cost money').click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await saved()).statements.filter((s) => s.text === 'Cities should plant more trees').length).toBe(2);
    const m = await saved();
    const copies = m.statements.filter((s) => s.text.startsWith('Trees cost money'));
    expect(copies).toHaveLength(2);
    const copyThesis = m.statements.filter((s) => s.text === 'Cities should plant more trees')[1];
    expect(m.inferences.some((i) => i.target === copyThesis.id && i.premises.includes(copies[1].id) && i.polarity === 'attack')).toBe(true);
  });

  it('the inspector changes kind and tags; comments can be added and resolved', async () => {
    await page.getByRole('button', { name: 'Panels' }).click();
    await node('Trees cool the streets').click();
    await page.getByLabel('Kind').selectOption('evidence');
    await page.getByLabel('Tags (comma-separated)').fill('climate, cities');
    await page.getByLabel('Tags (comma-separated)').press('Enter');
    await page.getByLabel('New comment').fill('Source for this?');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(async () => {
      const s = byText(await saved(), 'Trees cool the streets');
      return [s.kind, s.tags.join(',')];
    }).toEqual(['evidence', 'climate,cities']);
    await expect.poll(async () => (await saved()).comments.map((c) => c.text)).toEqual(['Source for this?']);
    expect(await node('Trees cool the streets').textContent()).toMatch(/evidence/i);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(async () => (await saved()).comments[0].resolved).toBe(true);
  });

  it('auto layout (Shift+L) and the direction switch rearrange the map as one undoable step each', async () => {
    await clearSelection();
    const before = (await saved()).statements.map((s) => s.position);
    await page.keyboard.press('Shift+L');
    await expect.poll(async () => JSON.stringify((await saved()).statements.map((s) => s.position))).not.toBe(JSON.stringify(before));
    const laidOut = await saved();
    expect(laidOut.statements.every((s) => !s.pinned)).toBe(true);
    await page.getByRole('button', { name: 'Top-down' }).click();
    await expect.poll(async () => (await saved()).direction).toBe('LR');
    const m = await saved();
    const thesis = m.statements.find((s) => s.text === 'Cities should plant more trees')!;
    const reason = m.statements.find((s) => s.text === 'Trees cool the streets')!;
    expect(thesis.position!.x).toBeLessThan(reason.position!.x);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await saved()).direction).toBe('TB');
  });

  it('zoom controls and the minimap move the view', async () => {
    const scale = async () => page.evaluate(() => {
      const t = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
      return new DOMMatrix(t).a;
    });
    const before = await scale();
    await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(scale).toBeGreaterThan(before);
    await page.locator('.react-flow__controls-zoomout').click();
    await page.locator('.react-flow__controls-zoomout').click();
    await expect.poll(scale).toBeLessThan(before);
    const mini = page.getByLabel('Minimap');
    expect(await mini.locator('.react-flow__minimap-node').count()).toBeGreaterThan(4);
  });

  it('switches between light and dark theme', async () => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await saveDocImage(page, 'canvas-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('mouse only: click a relation, then undercut it from the inspector', async () => {
    await clearSelection();
    await fitAll();
    const m = await saved();
    const dropped = byText(m, 'Dropped reason');
    const inf = m.inferences.find((i) => i.premises.includes(dropped.id))!;
    await page.locator(`[data-testid="rf__edge-${inf.id}:${dropped.id}"]`).dispatchEvent('click');
    if ((await page.getByRole('tab', { name: 'Inspector' }).count()) === 0) await page.getByRole('button', { name: 'Panels' }).click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await page.getByRole('button', { name: 'Undercut this inference' }).click();
    await type('Dropping is not arguing');
    await expect.poll(async () => {
      const after = await saved();
      const u = after.inferences.find((i) => i.premises.includes(byText(after, 'Dropping is not arguing').id));
      return u?.target;
    }).toBe(inf.id);
  });

  it('? shows every shortcut', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Add a reason[\s\S]*Undercut/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});

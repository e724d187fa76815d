import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { meanPixelDifference } from '../helpers/pixels';
import { useStage } from '../helpers/stage';
import { viewSettled } from '../helpers/canvas';

/**
 * Far out, the map is drawn on one canvas (the overview layer) and only the cards a person works
 * with are in the DOM. What a person sees and does must not change: the cards are drawn where
 * React Flow draws them, and hovering, dragging, clicking and double-clicking a card far out
 * work as they do close up. The oracle for the drawing is React Flow's own card: hovering puts
 * the DOM card on top of the drawn one, and the two pictures must agree.
 */
const stage = useStage({ viewport: { width: 1280, height: 800 } });

interface Seen { zoom: number; x: number; y: number; canvas: { left: number; top: number } }
const view = (page: Page): Promise<Seen> => page.evaluate(() => {
  const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const [, x, y, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(t)!.map(Number);
  const r = document.querySelector('.react-flow')!.getBoundingClientRect();
  return { zoom, x, y, canvas: { left: r.left, top: r.top } };
});

/** Opens a copy of the seeded map and fits it whole: far out. */
async function openFarOut(): Promise<{ page: Page; id: string }> {
  const id = await stage.createSeededCopy();
  const { page } = await stage.arrive(`/m/${id}`);
  await page.getByRole('button', { name: 'Not now' }).click();
  // The person looks at the first view (it settles) before asking for the whole map.
  await viewSettled(page);
  await page.locator('.react-flow__controls-fitview').click();
  await expect.poll(async () => (await view(page)).zoom).toBeLessThan(0.3);
  // Then in, wheel notch by notch, to just under the zoom where the layer takes over: cards big enough to compare.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  while ((await view(page)).zoom < 0.3) {
    const before = (await view(page)).zoom;
    await page.mouse.wheel(0, -40);
    await expect.poll(async () => (await view(page)).zoom).not.toBe(before);
  }
  expect((await view(page)).zoom).toBeLessThan(0.45);
  // The layer has drawn the view the viewport shows (it redraws on the next animation frame).
  await expect.poll(async () => {
    const v = await view(page);
    return (await page.locator('canvas.overview-layer').getAttribute('data-drawn')) === [v.x, v.y, v.zoom].map((n) => n.toFixed(3)).join(' ');
  }).toBe(true);
  return { page, id };
}

/** A statement drawn only on the layer (not in the DOM), wholly on the bare canvas, and its box on screen. */
type Box = { x: number; y: number; width: number; height: number };
/** True when the box's corners (4 px out) and centre are bare canvas: no panel, no card in the DOM. */
const isBare = (page: Page, b: Box) => page.evaluate((b) => {
      for (const [px, py] of [[b.x - 4, b.y - 4], [b.x + b.width + 4, b.y - 4], [b.x - 4, b.y + b.height + 4], [b.x + b.width + 4, b.y + b.height + 4], [b.x + b.width / 2, b.y + b.height / 2]]) {
    if (!document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) return false;
  }
  return true;
}, b);

/** Statement cards on screen, from the stored map (the top of each card; 60 px tall at least). */
async function cardBoxes(page: Page, mapId: string): Promise<{ id: string; box: Box }[]> {
  const map = await stage.saved(mapId);
  const v = await view(page);
  return map.statements.filter((s) => s.position).map((s) => ({
    id: s.id,
    box: { x: v.canvas.left + v.x + s.position!.x * v.zoom, y: v.canvas.top + v.y + s.position!.y * v.zoom, width: 240 * v.zoom, height: 60 * v.zoom },
  }));
}

/** A statement drawn only on the layer (not in the DOM), wholly on the bare canvas, and its box on screen. */
async function drawnOnlyCard(page: Page, mapId: string): Promise<{ id: string; box: Box }> {
  for (const card of await cardBoxes(page, mapId)) {
    if (await page.locator(`[data-statement-id="${card.id}"]`).count()) continue;
    if (await isBare(page, card.box)) return card;
  }
  throw new Error('no card drawn on its own on the bare canvas');
}

/** A card-sized stretch of bare canvas at least 40 px from every card. */
async function emptyBox(page: Page, mapId: string, size: Box): Promise<Box> {
  const cards = await cardBoxes(page, mapId);
  const far = (b: Box) => cards.every(({ box: c }) => b.x > c.x + c.width + 40 || c.x > b.x + b.width + 40 || b.y > c.y + c.height + 40 || c.y > b.y + b.height + 40);
  for (let y = 120; y < 700; y += 20) for (let x = 60; x < 1100; x += 20) {
    const b = { ...size, x, y };
    if (far(b) && (await isBare(page, b))) return b;
  }
  throw new Error('no empty stretch of canvas');
}

describe('far out: the overview layer', () => {
  it('draws each card where React Flow would, in its colours, and edges without the DOM', async () => {
    const { page, id } = await openFarOut();
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    const card = await drawnOnlyCard(page, id);
    const clip = { x: card.box.x - 2, y: card.box.y - 2, width: card.box.width + 4, height: card.box.height + 4 };
    const drawn = await page.screenshot({ clip });
    // Hovered, the card joins the DOM: React Flow's card now covers the drawn one.
    await page.mouse.move(card.box.x + card.box.width / 2, card.box.y + card.box.height / 2);
    await page.locator(`[data-statement-id="${card.id}"]`).waitFor();
    const dom = await page.screenshot({ clip });
    const bare = await page.screenshot({ clip: await emptyBox(page, id, clip) });
    const same = await meanPixelDifference(page, drawn, dom);
    const unlike = await meanPixelDifference(page, bare, dom);
    // Bare canvas differs from a card by its fill, border and bar; the drawn card by antialiasing at most.
    expect(unlike, 'the DOM card hardly differs from bare canvas').toBeGreaterThan(6);
    expect(same, 'the drawn card and React Flow’s card differ').toBeLessThan(unlike / 4);
    // Closer in, the layer steps aside and React Flow draws the edges again.
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(0.45);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBeGreaterThan(0);
    expect(await page.locator('canvas.overview-layer').isVisible()).toBe(false);
  });

  it('a card far out is dragged, selected and opened for editing as close up', async () => {
    const { page, id } = await openFarOut();
    const card = await drawnOnlyCard(page, id);
    const before = (await stage.saved(id)).statements.find((s) => s.id === card.id)!.position!;
    const { zoom } = await view(page);
    const at = { x: card.box.x + card.box.width / 2, y: card.box.y + card.box.height / 2 };
    await page.mouse.move(at.x, at.y);
    // Under the pointer, the card is in the DOM before the press, as React Flow's to drag.
    await page.locator(`[data-statement-id="${card.id}"]`).waitFor();
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(at.x + 12 * i, at.y + 8 * i);
    await page.mouse.up();
    await expect.poll(async () => (await stage.saved(id)).statements.find((s) => s.id === card.id)!.position!.x).not.toBe(before.x);
    const after = (await stage.saved(id)).statements.find((s) => s.id === card.id)!.position!;
    // The card follows the pointer on screen (React Flow starts a drag on the first move, so that step is not counted).
    const moved = { x: (after.x - before.x) * zoom, y: (after.y - before.y) * zoom };
    expect(moved.x).toBeGreaterThanOrEqual(46);
    expect(moved.x).toBeLessThanOrEqual(62);
    expect(Math.abs(moved.y - (moved.x * 2) / 3)).toBeLessThan(2);
    // Dragged, it is selected, and stays in the DOM when the pointer leaves it.
    await page.mouse.move(5, 400);
    await expect.poll(() => page.locator(`[data-statement-id="${card.id}"]`).getAttribute('class')).toContain('selected');

    // Another card: a click selects it, a double-click opens its text, and no statement is added.
    const other = await drawnOnlyCard(page, id);
    const count = (await stage.saved(id)).statements.length;
    const centre = { x: other.box.x + other.box.width / 2, y: other.box.y + other.box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => page.locator(`[data-statement-id="${other.id}"]`).getAttribute('class')).toContain('selected');
    await page.mouse.dblclick(centre.x, centre.y);
    await page.locator(`[data-statement-id="${other.id}"]`).getByLabel('Statement text').waitFor();
    expect((await stage.saved(id)).statements.length).toBe(count);
  });

  it('a relation dragged far out onto a drawn card relates the two, as close up', async () => {
    const { page, id } = await openFarOut();
    const from = await drawnOnlyCard(page, id);
    await page.mouse.move(from.box.x + from.box.width / 2, from.box.y + from.box.height / 2);
    const handle = page.locator(`[data-statement-id="${from.id}"] .react-flow__handle.source`);
    await handle.waitFor();
    const inDom = new Set(await page.locator('[data-statement-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id'))));
    const onto = (await cardBoxes(page, id)).find((c) => !inDom.has(c.id) && Math.abs(c.box.y - from.box.y) > 40 && c.box.x > 80 && c.box.x + c.box.width < 1000 && c.box.y > 120 && c.box.y < 640);
    if (!onto) throw new Error('no second card to relate');
    // Only the pressed card is in the DOM; the target is drawn on the layer (a button is down: no hover).
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    const to = { x: onto.box.x + onto.box.width / 2, y: onto.box.y + onto.box.height / 2 };
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const statements = (await stage.saved(id)).statements.length;
    await page.getByRole('button', { name: /^Supports/ }).click();
    await expect.poll(async () => (await stage.saved(id)).inferences.some((i) => i.target === onto.id && i.premises.some((p) => p === from.id))).toBe(true);
    expect((await stage.saved(id)).statements.length).toBe(statements);
  });
});

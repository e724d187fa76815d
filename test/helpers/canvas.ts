import type { Page } from 'playwright-core';
import { typeStatement } from './person';

/** Pointer gestures on the canvas, as a person makes them. */

/**
 * A point on empty canvas (where the pane itself is hit, not a statement or an overlay),
 * found by scanning from a preferred fraction of the canvas (default: its lower middle).
 */
export async function emptySpot(page: Page, fx = 0.5, fy = 0.85): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(([fx, fy]) => {
    const r = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let ring = 0; ring < 12; ring++) {
      for (const [dx, dy] of [[0, 0], [1, 0], [-1, 0], [0, -1], [0, 1], [1, 1], [-1, -1], [1, -1], [-1, 1]]) {
        const x = r.left + r.width * fx + dx * ring * 30;
        const y = r.top + r.height * fy + dy * ring * 30;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  }, [fx, fy] as const);
  if (!found) throw new Error('no empty spot on the canvas');
  return found;
}

/** Adds a statement by double-clicking empty canvas and typing. */
export async function addStatement(page: Page, text: string, at?: { x: number; y: number }): Promise<void> {
  const p = at ?? (await emptySpot(page));
  await page.mouse.dblclick(p.x, p.y);
  await typeStatement(page, text);
}

/** Clicks empty canvas (clears the selection and puts the keyboard on the canvas). */
export async function clickEmptyCanvas(page: Page, fx = 0.1, fy = 0.5): Promise<void> {
  const p = await emptySpot(page, fx, fy);
  await page.mouse.click(p.x, p.y);
}

/** The flow coordinates at the middle of a page's canvas, and its zoom. */
export function getViewCenter(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
    const pane = document.querySelector('.react-flow') as HTMLElement;
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
    const r = pane.getBoundingClientRect();
    return { x: (r.width / 2 - m.e) / m.a, y: (r.height / 2 - m.f) / m.a, zoom: m.a };
  });
}

/** Pans a page's canvas by dragging empty space. */
export async function pan(page: Page, dx: number, dy: number, from?: { x: number; y: number }): Promise<void> {
  const p = from ?? (await emptySpot(page, 0.3, 0.8));
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + dx, p.y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Waits until the view stops moving (a fit, a zoom): two looks 200 ms apart agree. */
export async function viewSettled(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 75; i++) {
    const now = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    if (now === last) return;
    last = now;
    await page.waitForFunction((style) => document.querySelector<HTMLElement>('.react-flow__viewport')?.getAttribute('style') !== style, now, { timeout: 200 }).catch(() => undefined);
  }
  throw new Error('the view kept moving');
}

/**
 * Clicks a statement card where it is drawn, as a person would, from its stored position: far out
 * most cards are drawn on the overview canvas, and the one under the pointer joins the DOM.
 */
export async function clickCard(page: Page, id: string, position: { x: number; y: number }): Promise<void> {
  await viewSettled(page);
  const at = await page.evaluate((p) => {
    const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const [, x, y, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(t)!.map(Number);
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    // Inside the card near its top-left corner: every card is at least 40 × 40 there.
    return { x: r.left + x + (p.x + 40) * zoom, y: r.top + y + (p.y + 20) * zoom };
  }, position);
  await page.mouse.move(at.x, at.y);
  await page.locator(`[data-statement-id="${id}"]`).waitFor();
  await page.mouse.click(at.x, at.y);
}

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

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { typeStatement } from '../helpers/person';

/** Participants of the collaboration tests: a name and a colour each. */
export const ADA = { name: 'Ada', color: '#e4572e', rgb: 'rgb(228, 87, 46)' };
export const BEN = { name: 'Ben', color: '#2e86ab', rgb: 'rgb(46, 134, 171)' };

/**
 * A browser context of its own (separate localStorage and IndexedDB: another person) whose
 * participant already chose a name, so the name question does not open.
 */
export async function openAs(browser: Browser, url: string, who?: { name: string; color: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 820 } });
  if (who) {
    await context.addInitScript(([name, color]) => {
      localStorage.setItem('warrant:name', name);
      localStorage.setItem('warrant:color', color);
      localStorage.setItem('warrant:name-asked', '1');
    }, [who.name, who.color] as const);
  }
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Waits until the map is drawn and the socket is synced. */
export async function waitForMap(page: Page, statementId?: string): Promise<void> {
  await page.locator(statementId ? `[data-statement-id="${statementId}"]` : '.react-flow__node-statement').first().waitFor();
  await page.locator('.sync-status[data-status="connected"]').waitFor();
}

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

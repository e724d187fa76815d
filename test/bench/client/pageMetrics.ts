import type { Browser, Page } from 'playwright-core';

/**
 * Opening a map and panning it in headless Chromium, as a person would: a fresh context, the
 * map's URL, the mouse. Headless Chromium renders in software here, so absolute frame times
 * are pessimistic; compare with the 100-statement baseline of the same run.
 */

export interface Opened {
  readonly page: Page;
  /** From navigation to the first statement card on screen, ms. */
  readonly openMs: number;
  close(): Promise<void>;
}

export async function openMap(browser: Browser, url: string, initScript?: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    localStorage.setItem('warrant:name', 'Bench');
    localStorage.setItem('warrant:name-asked', '1');
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(url);
  await page.locator('.react-flow__node-statement').first().waitFor({ timeout: 120_000 });
  const openMs = performance.now() - start;
  return { page, openMs, close: () => context.close() };
}

/**
 * Frame times (ms between animation frames) while the mouse pans for `ms`, or for a number of
 * `steps`, at the zoom of six wheel steps in from a whole-map fit (0.74 at 100 statements, 0.27
 * at 1,000 and 3,000, where cards show labels); `start` runs just before the first step. The number
 * of steps is left in window.__panSteps.
 */
export async function panFrames(page: Page, ms = 2000, hooks: { start?: () => Promise<void>; steps?: number } = {}): Promise<number[]> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(500);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(800);
  // The gesture must start on empty canvas: pressed on a card it would drag the card instead.
  const { cx, cy } = await emptyPointNear(page, pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.move(cx, cy);
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__panning = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__panning) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const viewport = () => page.locator('.react-flow__viewport').getAttribute('style');
  const before = await viewport();
  await page.mouse.down();
  await hooks.start?.();
  const start = Date.now();
  let step = 0;
  for (; hooks.steps ? step < hooks.steps : Date.now() - start < ms; step++) {
    const a = step / 20;
    await page.mouse.move(cx + Math.cos(a) * 300, cy + Math.sin(a) * 200);
  }
  await page.mouse.up();
  await page.evaluate(`window.__panSteps = ${step}`);
  await page.evaluate('window.__panning = false');
  if ((await viewport()) === before) throw new Error('the pan did not move the view');
  return ((await page.evaluate('window.__frames')) as number[]).slice(3);
}

/** The empty canvas point nearest (x, y), searched outwards on a 10 px grid. */
async function emptyPointNear(page: Page, x: number, y: number): Promise<{ cx: number; cy: number }> {
  const found = (await page.evaluate(`(() => {
    for (let r = 0; r < 400; r += 10) {
      for (let dx = -r; dx <= r; dx += 10) for (const dy of [-r, r]) for (const [px, py] of [[${x} + dx, ${y} + dy], [${x} + dy, ${y} + dx]]) {
        if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) return [px, py];
      }
    }
    return null;
  })()`)) as [number, number] | null;
  if (!found) throw new Error('no empty canvas near the centre to start a pan from');
  return { cx: found[0], cy: found[1] };
}

/** Share of frames over 50 ms, in %. */
export const slowShare = (frames: readonly number[], over = 50) => (100 * frames.filter((f) => f > over).length) / frames.length;

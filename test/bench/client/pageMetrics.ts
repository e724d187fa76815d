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

export async function openMap(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    localStorage.setItem('warrant:name', 'Bench');
    localStorage.setItem('warrant:name-asked', '1');
  });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(url);
  await page.locator('.react-flow__node-statement').first().waitFor({ timeout: 120_000 });
  const openMs = performance.now() - start;
  return { page, openMs, close: () => context.close() };
}

/** Frame times (ms between animation frames) while the mouse pans for `ms` at a working zoom (about 0.6). */
export async function panFrames(page: Page, ms = 2000): Promise<number[]> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(500);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(800);
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
  await page.mouse.down();
  const start = Date.now();
  for (let step = 0; Date.now() - start < ms; step++) {
    const a = step / 20;
    await page.mouse.move(cx + Math.cos(a) * 300, cy + Math.sin(a) * 200);
  }
  await page.mouse.up();
  await page.evaluate('window.__panning = false');
  return ((await page.evaluate('window.__frames')) as number[]).slice(3);
}

/** Share of frames over 50 ms, in %. */
export const slowShare = (frames: readonly number[]) => (100 * frames.filter((f) => f > 50).length) / frames.length;

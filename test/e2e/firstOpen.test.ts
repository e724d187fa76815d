import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { clickAndType } from '../helpers/person';
import { saveDocImage } from '../helpers/docImages';
import { SEED, useStage } from '../helpers/stage';

/**
 * What a newcomer sees of the seeded map: on a freshly started server, in a browser with an
 * empty profile, at a laptop's 1280 × 800 (the Source panel stays closed below 1,680 px, so the
 * canvas has the whole width). Sizes are measured in the browser: the rendered font size times
 * the canvas zoom is what reaches the eye.
 */
const WINDOW = { width: 1280, height: 800 };
const MIN_TEXT_PX = 11;
const stage = useStage({ spawn: true, viewport: WINDOW });
let seeded: ArgumentMap;

beforeAll(async () => {
  seeded = await stage.saved(SEED);
});

async function openSeeded(): Promise<Page> {
  const { page } = await stage.arrive(`/m/${SEED}`);
  await page.locator('[data-statement-id="thesis"]').waitFor();
  await settled(page);
  return page;
}

const zoomOf = (page: Page) => page.evaluate(() => {
  const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
});

/** Waits until the view stops moving (the first fit, a Fit view, a Focus): two looks 250 ms apart agree. */
async function settled(page: Page): Promise<void> {
  let last = '';
  await expect.poll(async () => {
    const now = await page.locator('.react-flow__viewport').getAttribute('style');
    const same = now === last;
    last = now ?? '';
    return same;
  }, { interval: 250, timeout: 15_000 }).toBe(true);
}

/**
 * For each card: is its text wholly inside the canvas, on top (not under the name card, the
 * minimap or another card), and how big is it on screen? Problems come back as sentences.
 */
function unreadable(page: Page, ids: readonly string[], min = MIN_TEXT_PX): Promise<string[]> {
  return page.evaluate(([ids, min]) => {
    const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const problems: string[] = [];
    for (const id of ids) {
      const text = document.querySelector<HTMLElement>(`[data-statement-id="${CSS.escape(id)}"] .statement-text`);
      if (!text) {
        problems.push(`${id}: not drawn`);
        continue;
      }
      const r = text.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(text).fontSize) * zoom;
      if (px < min) problems.push(`${id}: text ${px.toFixed(1)} px on screen`);
      if (r.left < canvas.left || r.right > canvas.right || r.top < canvas.top || r.bottom > canvas.bottom) problems.push(`${id}: text outside the canvas`);
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit?.closest('[data-statement-id]')?.getAttribute('data-statement-id') !== id) problems.push(`${id}: text covered by ${hit?.className}`);
    }
    return problems;
  }, [ids, min] as const);
}

/** The width, in map units, that the given cards take as drawn now. */
const drawnWidth = (page: Page, ids: readonly string[]) => page.evaluate(([ids]) => {
  const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const zoom = Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
  const rects = ids.map((id) => document.querySelector(`[data-statement-id="${CSS.escape(id)}"]`)!.getBoundingClientRect());
  return (Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left))) / zoom;
}, [ids] as const);

/** The width, in map units, that the given cards take at their stored places. */
const storedWidth = (ids: readonly string[]) => {
  const xs = ids.map((id) => seeded.statements.find((s) => s.id === id)!.position!.x);
  return Math.max(...xs) - Math.min(...xs) + 240;
};

const shownIds = (page: Page) => page.locator('[data-statement-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id')!));

describe('a newcomer opens the seeded map', () => {
  it('the first view shows the thesis and its reasons and objections, text at least 11 px, while the name card waits', async () => {
    const thesis = seeded.statements.find((s) => s.kind === 'thesis')!.id;
    const firstLayer = seeded.inferences.filter((i) => i.target === thesis).flatMap((i) => i.premises);
    expect(firstLayer.length).toBeGreaterThanOrEqual(5);
    const page = await openSeeded();
    await page.getByRole('heading', { name: 'How should others see you?' }).waitFor();
    expect(await unreadable(page, [thesis, ...firstLayer])).toEqual([]);
    // The person answers the name card, and nothing on the canvas moves for it.
    const before = await page.locator('.react-flow__viewport').getAttribute('style');
    await clickAndType(page, page.locator('.name-dialog').getByLabel('Name'), 'Ada', 'the Name field');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'How should others see you?' }).waitFor({ state: 'detached' });
    expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
    await saveDocImage(page, 'first-open');
  });

  it('Fit view: far out, cards show short, large labels that never collide, the thesis’s first', async () => {
    const page = await openSeeded();
    // This person answers the name question with Not now (so it covers no label in the README picture).
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('heading', { name: 'How should others see you?' }).waitFor({ state: 'detached' });
    await page.locator('.react-flow__controls-fitview').click();
    await settled(page);
    expect(await zoomOf(page)).toBeLessThan(0.3);
    await expect.poll(() => page.locator('.canvas').getAttribute('data-labels')).toBe('on');
    const labels = await page.locator('.statement.labelled .statement-label').evaluateAll((els) => {
      const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
      const zoom = Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1);
      return els.map((el) => {
        const r = el.getBoundingClientRect();
        const c = el.closest('.statement')!.getBoundingClientRect();
        return {
          id: el.closest('[data-statement-id]')!.getAttribute('data-statement-id')!, text: el.textContent!, px: parseFloat(getComputedStyle(el).fontSize) * zoom,
          r: { l: r.left, t: r.top, r: r.right, b: r.bottom }, card: { l: c.left, t: c.top, r: c.right, b: c.bottom },
        };
      });
    });
    // Whole-map fit at 1280 px puts 68 cards into about 1,060 × 220 px: centred one-line labels
    // gave 10 of them a name; two-line labels beside, above or below their card give more than twice as many.
    expect(labels.length).toBeGreaterThanOrEqual(22);
    expect(labels.map((l) => l.id)).toContain('thesis');
    for (const l of labels) {
      expect(l.px, `label of ${l.id}`).toBeGreaterThanOrEqual(13);
      expect(l.text.length).toBeLessThanOrEqual(25);
      // A label lies on or touches its own card (within 3 px), so it names that card.
      const near = l.r.l <= l.card.r + 3 && l.card.l <= l.r.r + 3 && l.r.t <= l.card.b + 3 && l.card.t <= l.r.b + 3;
      expect(near, `label of ${l.id} is away from its card`).toBe(true);
    }
    for (const a of labels) for (const b of labels) {
      if (a.id >= b.id) continue;
      expect(a.r.l < b.r.r && b.r.l < a.r.r && a.r.t < b.r.b && b.r.t < a.r.b, `labels of ${a.id} and ${b.id} overlap`).toBe(false);
    }
    // Cards without a label show no tiny text either: far out every card is a plain box (its text is not even laid out),
    // drawn on the overview canvas; only the labelled ones are in the DOM, as plain boxes with their labels.
    await page.locator('canvas.overview-layer').waitFor();
    expect(await page.locator('.react-flow__node-statement').count()).toBe(labels.length);
    expect(await page.locator('.statement.plain').count()).toBe(labels.length);
    expect(await page.locator('.react-flow__node .statement-text').count()).toBe(0);
    await saveDocImage(page, 'overview');
  });

  it('Focus and Filter lay the shown part out together instead of leaving holes the width of the map', async () => {
    const page = await openSeeded();
    await page.locator('[data-statement-id="opt-withdraw"]').click();
    await page.getByRole('button', { name: 'Focus' }).click();
    const status = page.getByRole('toolbar', { name: 'View' }).locator('.view-status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ of 68 statements shown$/);
    await settled(page);
    const focused = await shownIds(page);
    expect(focused.length).toBeGreaterThan(10);
    expect(await drawnWidth(page, focused)).toBeLessThan(storedWidth(focused) / 2);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('dialog', { name: 'Filters' }).getByText('Evidence').click();
    await expect.poll(() => status.textContent()).toMatch(/^11 of 68 statements shown/);
    await page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: 'Done' }).click();
    await settled(page);
    const evidence = seeded.statements.filter((s) => s.kind === 'evidence').map((s) => s.id);
    await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...evidence].sort());
    expect(await drawnWidth(page, evidence)).toBeLessThan(storedWidth(evidence) / 2);
    // Eleven cards fit the window with their text readable.
    expect(await unreadable(page, evidence)).toEqual([]);
  });
});

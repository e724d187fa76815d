import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { floatingChain } from '../helpers/acceptanceCases';
import { waitForMap } from '../helpers/person';
import { ROOT } from '../helpers/server';
import { useStage } from '../helpers/stage';
import { sketch } from '../core/semantics/sketch';
import { buildMap } from './mapFixture';

/**
 * Seen in a browser: a statement that attacks itself (made with the canvas' connecting drag,
 * drawn as a loop on its card, UNDEC as Dung has it), and the Evaluation panel's acceptance
 * counts for a map with too many preferred outcomes to step through. Screenshots go to
 * test-results/ (looked at while writing this test).
 */
const stage = useStage({ viewport: { width: 1280, height: 800 } });
const SHOTS = join(ROOT, 'test-results');

const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
/** The evaluation badge of a statement: "IN ✓", "OUT ✗" or "UNDEC ?". */
const status = (page: Page, id: string) => card(page, id).locator('.badge-eval-in, .badge-eval-out, .badge-eval-undec').textContent();

async function openCritique(page: Page): Promise<void> {
  if ((await page.getByRole('tab', { name: 'Critique' }).count()) === 0) await page.getByRole('button', { name: 'Panels' }).click();
  await page.getByRole('tab', { name: 'Critique' }).click();
}

async function center(page: Page, selector: string, id: string): Promise<{ x: number; y: number }> {
  const box = (await node(page, id).locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('self-attack and acceptance, seen in a browser', () => {
  it('a statement dragged onto itself attacks itself: a loop on its card, and it is UNDEC', { timeout: 90_000 }, async () => {
    const id = await stage.createMap(buildMap('The liar', [['liar', 'This statement is false'], ['sky', 'The sky is blue']]));
    const { page } = await stage.arrive(`/m/${id}`);
    await waitForMap(page, 'liar');

    // From the card's outgoing handle to its own incoming handle.
    const from = await center(page, '.react-flow__handle.source', 'liar');
    const to = await center(page, '.react-flow__handle.target', 'liar');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const picker = page.getByRole('dialog', { name: 'Choose the relation' });
    await picker.waitFor({ timeout: 5000 });
    // Nothing may support itself: the picker offers the attack only.
    expect(await picker.getByRole('button').allTextContents()).toEqual(['Attacks itself A', 'Cancel']);
    await picker.getByRole('button', { name: /Attacks itself/ }).click();
    await expect.poll(async () => (await stage.saved(id)).inferences.map((i) => [i.premises.join(), i.target, i.polarity])).toEqual([['liar', 'liar', 'attack']]);

    // Drawn as a loop: the attack's line leaves the card and comes back to it, round its side.
    const loop = page.locator('.react-flow__edge path.relation.attack');
    await loop.waitFor();
    const line = (await loop.boundingBox())!;
    const box = (await card(page, 'liar').boundingBox())!;
    expect(line.x + line.width).toBeGreaterThan(box.x + box.width + 20);
    expect(line.y).toBeLessThan(box.y + 10);
    expect(line.y + line.height).toBeGreaterThan(box.y + box.height - 10);
    expect(await loop.getAttribute('marker-end')).toContain('warrant-arrow-attack');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'self-attack-loop.png'), clip: { x: box.x - 40, y: box.y - 70, width: box.width + 160, height: box.height + 140 } });

    // Left to right, the loop runs above the card instead.
    await page.getByRole('button', { name: 'Top-down' }).click();
    await page.getByRole('button', { name: 'Left-right' }).waitFor();
    await expect.poll(async () => {
      const [l, b] = [(await loop.boundingBox())!, (await card(page, 'liar').boundingBox())!];
      return l.y < b.y - 20 && l.x < b.x + 5 && l.x + l.width > b.x + b.width - 5;
    }).toBe(true);
    const across = (await card(page, 'liar').boundingBox())!;
    await page.screenshot({ path: join(SHOTS, 'self-attack-loop-left-right.png'), clip: { x: across.x - 70, y: across.y - 80, width: across.width + 140, height: across.height + 120 } });
    await page.getByRole('button', { name: 'Left-right' }).click();
    await page.getByRole('button', { name: 'Top-down' }).waitFor();

    // Evaluated as Dung has it: a lone self-attacker is UNDEC in grounded and preferred; the other statement IN.
    await openCritique(page);
    await page.getByLabel('Show what holds on the canvas').check();
    await expect.poll(() => status(page, 'liar')).toBe('UNDEC ?');
    expect(await status(page, 'sky')).toBe('IN ✓');
    await page.getByRole('radio', { name: 'preferred' }).click();
    await expect.poll(() => page.locator('.ws-outcome span').textContent()).toBe('Outcome 1 of 1');
    expect(await status(page, 'liar')).toBe('UNDEC ?');
    await card(page, 'liar').click();
    await expect.poll(() => page.locator('.ws-why').textContent()).toMatch(/This statement is false.*UNDEC/);
    await page.screenshot({ path: join(SHOTS, 'self-attack-evaluated.png') });
  });

  it('a map with too many preferred outcomes shows each statement’s acceptance in the Evaluation panel', { timeout: 90_000 }, async () => {
    // Twelve floating reinstatements in one connected group: 4,096 preferred outcomes; every c OUT, every d IN in all of them.
    const id = await stage.createMap({ ...sketch(floatingChain(12)), title: 'Twelve floating reinstatements' });
    const { page } = await stage.arrive(`/m/${id}`);
    await waitForMap(page, 'd0');
    await openCritique(page);
    await page.getByRole('radio', { name: 'preferred' }).click();
    const alert = page.locator('.ws-acceptance');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('Per statement instead: IN in every outcome: 12; in some: 24; in none: 12.');
    // The canvas keeps the grounded labelling, where the whole group is undecided.
    expect(await status(page, 'd0')).toBe('UNDEC ?');
    await card(page, 'd0').click();
    await expect.poll(() => page.locator('.ws-acceptance-of').textContent()).toBe(' It is IN in every preferred outcome.');
    await card(page, 'c0').click();
    await expect.poll(() => page.locator('.ws-acceptance-of').textContent()).toBe(' It is IN in no preferred outcome.');
    await card(page, 'a0').click();
    await expect.poll(() => page.locator('.ws-acceptance-of').textContent()).toBe(' It is IN in some but not every preferred outcome.');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'acceptance-panel.png') });
  });
});

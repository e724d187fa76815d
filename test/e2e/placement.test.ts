import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import { SEED_FILE, useStage } from '../helpers/stage';
import { ROOT } from '../helpers/server';
import { type Person, typeStatement, waitForMap } from '../helpers/person';
import { buildMap, createMapOn, fetchMap } from './mapFixture';

const session = useStage({ viewport: { width: 1280, height: 800 } });
const SEED = JSON.parse(readFileSync(join(ROOT, SEED_FILE), 'utf8')) as ArgumentMap;

/** Someone opening their own copy of the seeded map (68 cards) from a link. */
async function arriveOnSeededCopy(permissions: string[] = []): Promise<Person & { id: string }> {
  const id = await createMapOn(session.server.url, { ...SEED, title: 'Placement' });
  const person = await session.arrive(`/m/${id}`, { name: 'Pia' }, { permissions });
  await waitForMap(person.page, 'thesis');
  return { ...person, id };
}

/** Every pair of statement cards on screen that sit on each other (more than a pixel's overlap), by id. */
function stackedCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.react-flow__node-statement')].map((el) => ({
      id: el.getAttribute('data-id') ?? '?',
      r: el.getBoundingClientRect(),
    }));
    const out: string[] = [];
    for (let i = 0; i < cards.length; i++)
      for (let j = i + 1; j < cards.length; j++) {
        const a = cards[i].r;
        const b = cards[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) out.push(`${cards[i].id} on ${cards[j].id}`);
      }
    return out;
  });
}

/** True when a card lies wholly within the canvas the person is looking at. */
async function inView(page: Page, text: string): Promise<boolean> {
  const c = (await page.locator('.react-flow__node-statement').filter({ has: page.getByText(text, { exact: true }) }).boundingBox())!;
  const v = (await page.locator('.react-flow').boundingBox())!;
  return c.x >= v.x && c.y >= v.y && c.x + c.width <= v.x + v.width && c.y + c.height <= v.y + v.height;
}

describe('a new statement goes into free space where the person is looking, never on another card', () => {
  it('N, N again and + Statement on the crowded seeded map: three new cards, none on another, all in view', async () => {
    const { page, id } = await arriveOnSeededCopy();
    expect(await stackedCards(page)).toEqual([]);
    await page.keyboard.press('n');
    await typeStatement(page, 'Placed with N');
    await page.keyboard.press('n');
    await typeStatement(page, 'Placed with N again');
    await page.getByRole('button', { name: '+ Statement' }).click();
    await typeStatement(page, 'Placed with the button');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.length).toBe(SEED.statements.length + 3);
    expect(await stackedCards(page)).toEqual([]);
    for (const text of ['Placed with N', 'Placed with N again', 'Placed with the button']) expect(await inView(page, text), text).toBe(true);
  });

  it('a double-click by the zoom buttons: the new card lands beside them, wholly in view, not under them', async () => {
    const id = await createMapOn(session.server.url, buildMap('Edges', [['t', 'The only card', 'thesis']]));
    const { page } = await session.arrive(`/m/${id}`, { name: 'Pia' });
    await waitForMap(page, 't');
    const controls = (await page.locator('.react-flow__controls').boundingBox())!;
    // Just right of the zoom buttons, on empty canvas: a card centred here would lie half under them.
    const at = { x: controls.x + controls.width + 6, y: controls.y + controls.height / 2 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), at)).toBe(true);
    await page.mouse.dblclick(at.x, at.y);
    await typeStatement(page, 'Placed by the zoom buttons');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.length).toBe(2);
    const card = (await page.locator('.react-flow__node-statement').filter({ has: page.getByText('Placed by the zoom buttons', { exact: true }) }).boundingBox())!;
    const apart = card.x >= controls.x + controls.width || card.y + card.height <= controls.y || card.y >= controls.y + controls.height;
    expect(apart, `the new card (${JSON.stringify(card)}) lies under the zoom buttons (${JSON.stringify(controls)})`).toBe(true);
    expect(await inView(page, 'Placed by the zoom buttons')).toBe(true);
  });

  it('R on an option that already has reasons: the new reason lands beside them, on nobody', async () => {
    const { page, id } = await arriveOnSeededCopy();
    await page.locator('[data-statement-id="opt-withdraw"]').click();
    await page.keyboard.press('r');
    await typeStatement(page, 'A new reason to withdraw');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.length).toBe(SEED.statements.length + 1);
    expect(await stackedCards(page)).toEqual([]);
  });

  it('pasting the same two cards twice: each copy keeps its shape and lands on nobody', async () => {
    const { page, id } = await arriveOnSeededCopy(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-statement-id="thesis"]').click();
    await page.locator('[data-statement-id="opt-withdraw"]').click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.length).toBe(SEED.statements.length + 2);
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.length).toBe(SEED.statements.length + 4);
    await expect.poll(() => page.locator('.react-flow__node-statement').count()).toBeGreaterThanOrEqual(4);
    expect(await stackedCards(page)).toEqual([]);
    // Each copy keeps the originals' arrangement: the same offset between its two cards.
    const saved = await fetchMap(session.server.url, id);
    const copies = saved.statements.filter((s) => !SEED.statements.some((o) => o.id === s.id));
    const thesisCopies = copies.filter((s) => s.text === SEED.statements.find((o) => o.id === 'thesis')!.text);
    const withdrawCopies = copies.filter((s) => s.text === SEED.statements.find((o) => o.id === 'opt-withdraw')!.text);
    expect(thesisCopies).toHaveLength(2);
    const offsets = thesisCopies.map((t, i) => `${withdrawCopies[i].position!.x - t.position!.x},${withdrawCopies[i].position!.y - t.position!.y}`);
    expect(offsets[0]).toBe(offsets[1]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { SEED_FILE, useStage } from '../helpers/stage';
import { type Person, type Who, expectCaretIn, statementBox, typeAsPerson, typeStatement, waitForMap } from '../helpers/person';
import { buildMap, createMapOn, fetchMap } from './mapFixture';

/** Screenshots for a person to look at go here when WARRANT_SHOTS names a folder. */
const SHOTS = process.env.WARRANT_SHOTS;
const shot = (name: string) => (SHOTS ? { path: join(SHOTS, name) } : {});

const session = useStage({ seeds: { csto: SEED_FILE }, viewport: { width: 1280, height: 800 } });
beforeAll(() => void (SHOTS && mkdirSync(SHOTS, { recursive: true })));
async function arrive(url: string, who: Who): Promise<Person> {
  const person = await session.arrive(url, who);
  await waitForMap(person.page);
  return person;
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Map tools' });
const card = (page: Page, id: string) => page.locator(`[data-statement-id="${id}"]`);

describe('the toolbar at 1280 px', () => {
  it('fits one row, every tool in it, and shows the map’s title', async () => {
    const { page } = await arrive(`${session.server.url}/m/csto`, { name: 'Fay' });
    const bar = toolbar(page);
    const box = (await bar.boundingBox())!;
    expect(box.width).toBe(1280);
    // One row: the bar is as tall as one row of buttons, nothing spills out of it sideways.
    expect(box.height).toBeLessThanOrEqual(52);
    expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const buttons = await bar.getByRole('button').all();
    expect(buttons.length).toBeGreaterThanOrEqual(14);
    for (const b of buttons) {
      const r = (await b.boundingBox())!;
      expect(r.y, `${await b.getAttribute('aria-label') ?? await b.textContent()} sits in the row`).toBeGreaterThanOrEqual(box.y);
      expect(r.y + r.height).toBeLessThanOrEqual(box.y + box.height);
      expect(r.x + r.width).toBeLessThanOrEqual(1280);
    }
    const title = (await fetchMap(session.server.url, 'csto')).title;
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe(title);
    // Enough of the title shows to recognise the map (the rest is in its tooltip).
    expect((await heading.boundingBox())!.width).toBeGreaterThanOrEqual(180);
    expect(await page.getByRole('button', { name: `Rename the map “${title}”` }).getAttribute('title')).toContain(title);
    await page.screenshot({ ...shot('toolbar-1280.png'), clip: { x: 0, y: 0, width: 1280, height: 110 } });
  });
});

describe('an empty map', () => {
  it('says in one line how to start; the double-click it suggests works through it, and it goes with the first statement', async () => {
    const id = await createMapOn(session.server.url, buildMap('Street trees'));
    const { page } = await arrive(`${session.server.url}/m/${id}`, { name: 'Eve' });
    const hint = page.getByRole('note');
    expect(await hint.textContent()).toBe('Double-click anywhere or press N to write the first statement, or drop a map file here.');
    const r = (await hint.boundingBox())!;
    expect(r.height).toBeLessThanOrEqual(48); // one line
    await page.screenshot(shot('empty-map-hint.png'));
    // The person double-clicks right on the hint: the canvas beneath takes it.
    await page.mouse.dblclick(r.x + r.width / 2, r.y + r.height / 2);
    await typeStatement(page, 'Cities should plant more trees');
    await expect.poll(() => hint.count()).toBe(0);
    await expect.poll(async () => (await fetchMap(session.server.url, id)).statements.map((s) => s.text)).toEqual(['Cities should plant more trees']);
  });
});

describe('renaming the map from inside the editor', () => {
  it('Ada clicks the title and types a new one: it is stored, and Ben sees it at once', async () => {
    const id = await createMapOn(session.server.url, buildMap('Draft', [['t', 'Cities should plant more trees', 'thesis']]));
    const ada = await arrive(`${session.server.url}/m/${id}`, { name: 'Ada' });
    const ben = await arrive(`${session.server.url}/m/${id}`, { name: 'Ben' });
    const adaTitle = ada.page.getByRole('heading', { level: 1 });
    await ada.page.getByRole('button', { name: 'Rename the map “Draft”' }).click();
    const field = ada.page.getByLabel('Map title');
    // The old title is selected: typing replaces it, as in any rename box.
    await typeAsPerson(ada.page, 'Street trees, workshop 1', field, 'the map title field');
    await ada.page.keyboard.press('Enter');
    await expect.poll(() => adaTitle.textContent()).toBe('Street trees, workshop 1');
    await expect.poll(() => ben.page.getByRole('heading', { level: 1 }).textContent()).toBe('Street trees, workshop 1');
    await expect.poll(async () => (await fetchMap(session.server.url, id)).title).toBe('Street trees, workshop 1');
    // The list of maps has it too.
    await expect.poll(async () => JSON.stringify(await (await fetch(`${session.server.url}/api/maps`)).json())).toContain('Street trees, workshop 1');

    // Escape keeps the old title; an emptied title is refused with a reason.
    await ada.page.getByRole('button', { name: 'Rename the map “Street trees, workshop 1”' }).click();
    await typeAsPerson(ada.page, 'Something else', field, 'the map title field');
    await ada.page.keyboard.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    expect(await adaTitle.textContent()).toBe('Street trees, workshop 1');
    await ada.page.getByRole('button', { name: 'Rename the map “Street trees, workshop 1”' }).click();
    await expectCaretIn(ada.page, field, 'the map title field');
    await ada.page.keyboard.press('Backspace');
    await ada.page.keyboard.press('Enter');
    await ada.page.getByText('A map needs a title: the old one is kept.').waitFor();
    expect(await adaTitle.textContent()).toBe('Street trees, workshop 1');

    // A reload (the server's copy) still has the new title.
    await ben.page.reload();
    await waitForMap(ben.page);
    expect(await ben.page.getByRole('heading', { level: 1 }).textContent()).toBe('Street trees, workshop 1');
    expect((await fetchMap(session.server.url, id)).title).toBe('Street trees, workshop 1');
  });
});

describe('workshop badges on a card', () => {
  it('evaluation, a rating and another person’s presence all show, inside the card', async () => {
    const map: ArgumentMap = {
      ...buildMap('Badges', [['t', 'Cities should plant more trees', 'thesis'], ['r', 'Trees cool the streets in summer']], [['r', 't', 'support']]),
      workshop: {
        ratings: [
          { participant: 'p1', name: 'Cleo', target: 't', stance: 'agree', confidence: 4, at: '2026-01-01T10:00:00Z' },
          { participant: 'p2', name: 'Dan', target: 't', stance: 'disagree', confidence: 2, at: '2026-01-01T10:01:00Z' },
          { participant: 'p3', name: 'Eli', target: 't', stance: 'agree', confidence: 5, at: '2026-01-01T10:02:00Z' },
        ],
        rounds: [],
        scenarios: [],
      },
    };
    const id = await createMapOn(session.server.url, map);
    const fay = await arrive(`${session.server.url}/m/${id}`, { name: 'Fay' });
    const ben = await arrive(`${session.server.url}/m/${id}`, { name: 'Bartholomew' });
    const { page } = fay;
    await page.getByRole('button', { name: 'Panels' }).click();
    await page.getByRole('tab', { name: 'Critique' }).click();
    await page.getByLabel('Show what holds on the canvas').check();
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.locator('.ws-tabs').getByRole('button', { name: 'Results' }).click();
    await page.getByRole('radio', { name: 'Controversy' }).click();
    // Ben selects the thesis: Fay sees his name on it.
    await card(ben.page, 't').click();
    const thesis = card(page, 't');
    await thesis.locator('.badge-presence').waitFor();
    await thesis.locator('.badge-eval-in').waitFor();
    await thesis.locator('.badge-rating, .badge-split').waitFor();
    const c = (await thesis.boundingBox())!;
    const badges = await thesis.locator('.badge').all();
    expect(badges.length).toBeGreaterThanOrEqual(3);
    for (const b of badges) {
      const r = (await b.boundingBox())!;
      const what = await b.textContent();
      expect(r.x, `${what} starts inside the card`).toBeGreaterThanOrEqual(c.x);
      expect(r.x + r.width, `${what} ends inside the card`).toBeLessThanOrEqual(c.x + c.width + 0.5);
      expect(r.y + r.height, `${what} is inside the card`).toBeLessThanOrEqual(c.y + c.height);
      expect(await b.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${what} is not cut`).toBe(true);
    }
    await thesis.screenshot(shot('card-badges.png'));
    expect(await statementBox(page).count()).toBe(0);
  });
});

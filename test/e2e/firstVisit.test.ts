import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { saveDocImage } from '../helpers/docImages';
import { type Person, expectCaretIn, nameCard, ownAvatar, statementBox, typeAsPerson, typeStatement, waitForCaretIn, waitForMap } from '../helpers/person';
import { SEED, useStage } from '../helpers/stage';

// A freshly started server, as `npm start` runs it, on the project's seeded map and an empty data dir.
const stage = useStage({ spawn: true });

async function newcomer(): Promise<Person> {
  const person = await stage.arrive(`/m/${SEED}`);
  await waitForMap(person.page, 'thesis');
  return person;
}

const saved = () => stage.saved(SEED);

/** True when two rectangles share any area. */
const overlap = (a: DOMRectLike, b: DOMRectLike) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
type DOMRectLike = { x: number; y: number; width: number; height: number };

describe('the first visit, with an empty browser profile, on the seeded map', () => {
  it('asks for a name without blocking: keys work while the card is open, starting to work puts it away, and a reload does not ask again', async () => {
    const { page } = await newcomer();
    const card = nameCard(page);
    await card.waitFor();
    await saveDocImage(page, 'first-visit');

    // The card does not take the keyboard…
    expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    // …and covers none of the panels and controls: it sits in a corner of the canvas.
    const box = (await card.boundingBox())!;
    const canvas = (await page.locator('.canvas-area').boundingBox())!;
    expect(box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height).toBe(true);
    const others = page.locator('[role="toolbar"], .side-panel, .react-flow__controls, .react-flow__minimap');
    for (const other of await others.all()) {
      const r = await other.boundingBox();
      if (r) expect(overlap(box, r), `the name card covers ${await other.evaluate((el) => el.className)}`).toBe(false);
    }

    // A shortcut works while it is open: ? shows the help, Escape closes the help; the card waits.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await card.isVisible()).toBe(true);

    // N starts a new statement with the caret in it: the person is working, the card goes away.
    const before = (await saved()).statements.length;
    await page.keyboard.press('n');
    await typeStatement(page, 'My first statement');
    await card.waitFor({ state: 'detached' });
    await expect.poll(async () => (await saved()).statements.map((s) => s.text)).toContain('My first statement');
    expect((await saved()).statements).toHaveLength(before + 1);

    // The returning visitor: a real reload in the same browser does not ask again.
    await page.reload();
    await waitForMap(page, 'thesis');
    await page.getByText('My first statement').waitFor();
    expect(await card.count()).toBe(0);
    expect(await ownAvatar(page).getAttribute('title')).toBe('You: add the name others see');
  });

  it('the card can be answered, or put away with a shortcut, and the name stays editable from the avatar', async () => {
    const { page } = await newcomer();
    const card = nameCard(page);
    await card.waitFor();
    // Typing the name into the card: a click in its field, then the keyboard.
    await card.getByLabel('Name').click();
    await typeAsPerson(page, 'Ada', card.getByLabel('Name'), 'the name card’s Name field');
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'detached' });
    await expect.poll(() => ownAvatar(page).getAttribute('title')).toBe('Ada (you): change your name or colour');

    // Another newcomer sees her by name.
    const other = await newcomer();
    await other.page.locator('.avatar[data-peer="Ada"]').waitFor();

    // Back from a reload, the name stays; the avatar reopens the card with the caret in the field.
    await page.reload();
    await waitForMap(page, 'thesis');
    expect(await card.count()).toBe(0);
    expect(await ownAvatar(page).getAttribute('title')).toBe('Ada (you): change your name or colour');
    await ownAvatar(page).click();
    const field = card.getByLabel('Name');
    await waitForCaretIn(page, field, 'the Name field of the card opened from the avatar');
    expect(await field.inputValue()).toBe('Ada');
    await page.keyboard.press('End');
    await typeAsPerson(page, ' L.', field, 'the name card’s Name field');
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'detached' });
    await other.page.locator('.avatar[data-peer="Ada L."]').waitFor();

    // Escape in the reopened card puts it away without changing the name, and keys go to the canvas again.
    await ownAvatar(page).click();
    await waitForCaretIn(page, field, 'the Name field of the card opened from the avatar');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await ownAvatar(page).getAttribute('title')).toBe('Ada L. (you): change your name or colour');
    await page.locator('[data-statement-id="thesis"]').click();
    await page.keyboard.press('r');
    await expectCaretIn(page, statementBox(page), 'the new reason’s text box');
    await page.keyboard.press('Escape');
    await statementBox(page).waitFor({ state: 'detached' });
  });

  it('on a phone the question is a bar below the outline: it covers none of it, and editing in the outline puts it away', async () => {
    const { page } = await stage.arrive(`/m/${SEED}`, undefined, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const tree = page.getByRole('tree', { name: 'Outline of the map' });
    await tree.waitFor();
    const bar = nameCard(page);
    await bar.waitFor();
    // The bar is wholly on screen, and the outline ends above it…
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const panel = (await page.locator('.side-panel').boundingBox())!;
    expect(overlap(box, panel), 'the name bar overlaps the outline panel').toBe(false);
    // …so every point of the outline panel is the outline's own (nothing lies on it).
    const covered = await page.evaluate(() => {
      const r = document.querySelector('.side-panel')!.getBoundingClientRect();
      const hits: string[] = [];
      for (let x = r.left + 5; x < r.right; x += 40) {
        for (let y = r.top + 5; y < r.bottom; y += 40) {
          const el = document.elementFromPoint(x, y);
          if (!el?.closest('.side-panel')) hits.push(`(${Math.round(x)}, ${Math.round(y)}): ${el?.className}`);
        }
      }
      return hits;
    });
    expect(covered).toEqual([]);
    // The outline ends below the toolbar: undo, Share and the person's own avatar stay in reach.
    for (const control of [page.getByRole('button', { name: 'Undo', exact: true }), page.getByRole('button', { name: 'Share', exact: true }), ownAvatar(page)]) {
      const hit = await control.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(hit, `${await control.textContent()} is covered while the outline is open`).toBe(true);
    }
    expect(await bar.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Closing the outline shows the canvas, which ends above the bar too: zoom buttons and minimap stay uncovered.
    await page.getByRole('button', { name: 'Close panel' }).tap();
    await page.locator('.react-flow__controls').waitFor();
    for (const other of await page.locator('.react-flow__controls, .react-flow__minimap').all()) {
      expect(overlap(box, (await other.boundingBox())!), `the name bar covers ${await other.evaluate((el) => el.className)}`).toBe(false);
    }
    await page.getByRole('button', { name: 'Panels' }).tap();
    await page.getByRole('tab', { name: 'Outline' }).tap();
    await tree.waitFor();
    expect(await bar.isVisible()).toBe(true);

    // The newcomer starts working without answering: a tap on an item puts the bar away, and Edit takes the keyboard.
    const item = page.getByRole('treeitem', { name: /^Objection: Moscow should respond more actively/ });
    await item.tap();
    await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');
    await bar.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit', exact: true }).tap();
    const input = tree.getByLabel('Statement text');
    await expectCaretIn(page, input, 'the outline’s text box');
    await page.keyboard.press('End');
    await page.keyboard.type(' Soon.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved()).statements.find((s) => s.id === 'opt-force')?.text).toMatch(/ Soon\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { emptySpot, getViewCenter, pan } from '../helpers/canvas';
import { introduceMyself, nameCard, typeStatement, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { ADA, BEN } from './collabHelpers';

const SMALL = 'test/fixtures/smallMap.json';
const stage = useStage({ seeds: { cursors: SMALL, follow: SMALL, leave: SMALL }, viewport: { width: 1300, height: 820 } });

describe('presence between two browsers', () => {
  it('shows the other person’s cursor, selection, typing and edits', { timeout: 60_000 }, async () => {
    const a = await stage.arrive('/m/cursors', ADA);
    const b = await stage.arrive('/m/cursors', BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    await expect.poll(() => b.page.locator('.avatar[data-peer="Ada"]').count()).toBe(1);

    // A moves the pointer over the canvas: B sees an arrow labelled "Ada".
    const p = await emptySpot(a.page, 0.7, 0.3);
    await a.page.mouse.move(p.x, p.y);
    await a.page.mouse.move(p.x + 30, p.y + 20, { steps: 4 });
    const cursor = b.page.locator('.peer-cursor[data-peer="Ada"]');
    await cursor.waitFor();
    expect(await cursor.textContent()).toBe('Ada');

    // A selects a statement: B sees it ringed in Ada's colour with her name.
    await a.page.locator('[data-statement-id="r1"]').click();
    const r1 = b.page.locator('[data-statement-id="r1"]');
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('Ada');
    expect(await r1.evaluate((el) => getComputedStyle(el).boxShadow)).toContain(ADA.rgb);

    // A types into it: B sees "✎ Ada", then the new text.
    await a.page.locator('[data-statement-id="r1"]').dblclick();
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('✎ Ada');
    await a.page.keyboard.press('Control+a');
    await typeStatement(a.page, 'Trees cool streets by several degrees.');
    await expect.poll(() => r1.textContent()).toContain('Trees cool streets by several degrees.');
    await expect.poll(() => r1.locator('.badge-presence').textContent()).toBe('Ada');

    // And the other way round: A sees Ben's selection.
    await b.page.locator('[data-statement-id="o1"]').click();
    await expect.poll(() => a.page.locator('[data-statement-id="o1"] .badge-presence').textContent()).toBe('Ben');
    expect(await a.page.locator('[data-statement-id="o1"]').evaluate((el) => getComputedStyle(el).boxShadow)).toContain(BEN.rgb);
  });

  it('follows another person’s view until one pans oneself', { timeout: 60_000 }, async () => {
    const a = await stage.arrive('/m/follow', ADA);
    // Ben arrives without a name: the editor asks once, in a corner, and he answers it.
    const b = await stage.arrive('/m/follow');
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    await nameCard(b.page).waitFor();
    await introduceMyself(b.page, { name: 'Ben' });
    await expect.poll(() => a.page.locator('.avatar[data-peer="Ben"]').count()).toBe(1);

    await b.page.locator('.avatar[data-peer="Ada"]').click();
    expect(await b.page.locator('.avatar[data-peer="Ada"]').getAttribute('aria-pressed')).toBe('true');
    await b.page.getByText('Following Ada').waitFor();

    await pan(a.page, 260, 170);
    const target = await getViewCenter(a.page);
    await expect.poll(async () => {
      const c = await getViewCenter(b.page);
      return Math.hypot(c.x - target.x, c.y - target.y) < 2 && Math.abs(c.zoom - target.zoom) < 0.01;
    }, { timeout: 5000 }).toBe(true);

    // B pans on its own: following stops, and A's next pan no longer moves B.
    await pan(b.page, -120, 0);
    expect(await b.page.locator('.avatar[data-peer="Ada"]').getAttribute('aria-pressed')).toBe('false');
    expect(await b.page.getByText('Following Ada').count()).toBe(0);
    const own = await getViewCenter(b.page);
    await pan(a.page, -300, 0);
    // Then Ada points at a card, slowly: once Ben sees her cursor on it, her presence state after
    // the pan (which holds her view) has reached him.
    const r1 = (await a.page.locator('[data-statement-id="r1"]').boundingBox())!;
    await a.page.mouse.move(r1.x + r1.width / 2, r1.y + r1.height / 2, { steps: 20 });
    const cursor = b.page.locator('.peer-cursor[data-peer="Ada"]');
    await expect.poll(async () => {
      const tip = await cursor.evaluate((el) => el.getBoundingClientRect());
      const card = (await b.page.locator('[data-statement-id="r1"]').boundingBox())!;
      return tip.left >= card.x && tip.left <= card.x + card.width && tip.top >= card.y && tip.top <= card.y + card.height;
    }).toBe(true);
    const after = await getViewCenter(b.page);
    expect(Math.hypot(after.x - own.x, after.y - own.y)).toBeLessThan(1);
  });

  it('removes a closed tab from everyone’s view within seconds', { timeout: 60_000 }, async () => {
    const a = await stage.arrive('/m/leave', ADA);
    const b = await stage.arrive('/m/leave', BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    const p = await emptySpot(a.page, 0.7, 0.3);
    await a.page.mouse.move(p.x, p.y, { steps: 3 });
    await b.page.locator('.peer-cursor[data-peer="Ada"]').waitFor();
    expect(await b.page.locator('.presence-count').textContent()).toBe('2 here');
    await a.context.close();
    await expect.poll(() => b.page.locator('.peer-cursor[data-peer="Ada"]').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => b.page.locator('.avatar[data-peer="Ada"]').count()).toBe(0);
    expect(await b.page.locator('.presence-count').textContent()).toBe('1 here');
    await b.context.close();
  });
});

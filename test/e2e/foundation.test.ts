import { describe, expect, it } from 'vitest';
import { typeStatement } from '../helpers/person';
import { SEED, useStage } from '../helpers/stage';

// A freshly started server, as `npm start` runs it, on the project's seeded maps and an empty data dir.
const stage = useStage({ spawn: true });

/** A newcomer opening `path` in a browser with an empty profile. */
const fresh = async (path: string) => (await stage.arrive(path)).page;

describe('a participant’s first minutes, on a freshly started server', () => {
  it('opens the seeded map from the start page and draws its statements', async () => {
    const page = await fresh('/');
    await page.getByRole('link', { name: /CSTO deployment in Kazakhstan/ }).click();
    await page.waitForURL(`**/m/${SEED}`);
    await page.locator('[data-statement-id="thesis"]').waitFor();
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').textContent()).toMatch(/prudent/);
    // The first view, readable: cards and their relations in the DOM.
    await expect.poll(() => page.locator('.relation.support').count()).toBeGreaterThan(3);
    expect(await page.locator('.relation.attack').count()).toBeGreaterThan(0);
    // The whole map, far out: every card marked on the minimap, the map drawn on the overview canvas.
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => page.getByLabel('Minimap').locator('.react-flow__minimap-node.minimap-statement').count()).toBeGreaterThan(40);
    await page.locator('canvas.overview-layer').waitFor();
  });

  it('two newcomers in two browsers: what one types appears for the other', async () => {
    const a = await fresh(`/m/${SEED}`);
    const b = await fresh(`/m/${SEED}`);
    await a.locator('[data-statement-id="thesis"]').waitFor();
    await b.locator('[data-statement-id="thesis"]').waitFor();
    await a.locator('.sync-status[data-status="connected"]').waitFor();
    const before = await b.locator('.react-flow__node-statement').count();
    await a.getByRole('button', { name: '+ Statement' }).click();
    await typeStatement(a, 'Typed in browser A');
    await expect.poll(() => b.getByText('Typed in browser A').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => b.locator('.react-flow__node-statement').count()).toBeGreaterThanOrEqual(before + 1);
  });
});

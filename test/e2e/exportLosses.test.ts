import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStage } from '../helpers/stage';

const stage = useStage({ viewport: { width: 1500, height: 950 } });

/**
 * A newcomer (empty storage) opens a copy of the seeded map, opens the Export panel and picks
 * formats from the Format menu with the keyboard: before downloading, the panel says in one line
 * what the chosen format leaves out of this map (core/formats/losses.ts).
 */
describe('the Export panel says what a format leaves out', () => {
  it('AIF: a note naming the seeded map’s comments and anchors; none for Warrant JSON', async () => {
    const id = await stage.createSeededCopy();
    const { page } = await stage.arrive(`/m/${id}`, { name: 'Esme' });
    await page.locator('[data-statement-id="thesis"]').waitFor();
    const tab = page.getByRole('tab', { name: 'Export', exact: true });
    if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
    await tab.click();
    const panel = page.locator('.export-panel');
    await panel.waitFor();

    // The person clicks the Format menu and picks by typing the format's first letters, then Enter.
    const menu = page.getByLabel('Format');
    const pick = async (letters: string, value: string) => {
      await menu.click();
      await page.keyboard.type(letters);
      await page.keyboard.press('Enter');
      await expect.poll(() => menu.inputValue()).toBe(value);
    };
    await pick('AIF', 'aif');
    const note = panel.getByRole('note').filter({ hasText: 'AIF (JSON)' });
    await note.waitFor();
    const text = await note.textContent();
    expect(text).toMatch(/^AIF \(JSON\) (leaves out|keeps) /);
    expect(text).toContain('11 comments');
    expect(text).toContain('62 source anchors');
    // Said before the download, above the button.
    const [noteBox, buttonBox] = await Promise.all([note.boundingBox(), page.getByRole('button', { name: 'Download', exact: true }).boundingBox()]);
    expect(noteBox!.y).toBeLessThan(buttonBox!.y);
    await panel.screenshot({ path: join(tmpdir(), 'warrant-export-losses-aif.png') });

    await pick('Warrant', 'json');
    await expect.poll(() => panel.locator('.export-losses').count()).toBe(0);
  });
});

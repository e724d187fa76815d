import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../core/model';
import { addStatement } from '../helpers/canvas';
import { clickAndType, statementBox, typeStatement, waitForCaretIn, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { ADA, BEN } from './collabHelpers';

const stage = useStage({ seeds: { history: 'test/fixtures/smallMap.json' }, viewport: { width: 1300, height: 820 } });
const saved = (): Promise<ArgumentMap> => stage.saved('history');

describe('version history', () => {
  it('saves a named version, compares it on the canvas and restores it as one undoable edit', { timeout: 90_000 }, async () => {
    const { page } = await stage.arrive('/m/history', ADA);
    const other = await stage.arrive('/m/history', BEN);
    await waitForMap(page, 't');
    await waitForMap(other.page, 't');

    await page.locator('.collab-button', { hasText: 'History' }).click();
    const panel = page.locator('.history-panel');
    await clickAndType(page, panel.getByLabel('Version name'), 'before group discussion', 'the Version name field');
    await panel.getByRole('button', { name: 'Save version' }).click();
    const version = panel.locator('.version', { hasText: 'before group discussion' });
    await version.waitFor();

    // The group changes the map: a new statement, a reworded one, a deleted one.
    await addStatement(page, 'Shade lowers energy bills.');
    await page.locator('[data-statement-id="r1"]').dblclick();
    await waitForCaretIn(page, statementBox(page), 'the text box of the card double-clicked');
    await page.keyboard.press('Control+a');
    await typeStatement(page, 'Trees cool streets.');
    await page.locator('[data-statement-id="o1"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await saved()).statements.length).toBe(3);

    // Compare: listed in the panel and highlighted on the canvas.
    await version.getByRole('button', { name: 'Compare' }).click();
    const added = page.locator('.react-flow__node-statement', { hasText: 'Shade lowers energy bills.' }).locator('.statement');
    await expect.poll(() => added.getAttribute('class')).toContain('diff-added');
    await expect.poll(() => page.locator('[data-statement-id="r1"]').getAttribute('class')).toContain('diff-changed');
    expect(await page.locator('[data-statement-id="r1"] .badge-diff-changed').textContent()).toBe('± changed');
    const removed = panel.locator('.diff-item[data-change="removed"]');
    expect(await removed.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Trees cost money to maintain.')]));
    expect(await panel.locator('.diff-item[data-change="added"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Shade lowers energy bills.')]));
    expect(await panel.locator('.diff-item[data-change="changed"]', { hasText: 'Trees cool streets.' }).textContent()).toContain('(text)');

    // Restore: one edit, seen by everyone.
    await version.getByRole('button', { name: 'Restore…' }).click();
    await version.getByRole('button', { name: 'Restore this version' }).click();
    await page.locator('[data-statement-id="o1"]').waitFor();
    await expect.poll(() => page.getByText('Shade lowers energy bills.').count()).toBe(0);
    await expect.poll(() => page.locator('[data-statement-id="r1"]').textContent()).toContain('Trees cool cities.');
    await other.page.locator('[data-statement-id="o1"]').waitFor();
    await expect.poll(async () => (await saved()).statements.map((s) => s.text).sort()).toEqual(
      ['Trees cool cities.', 'Trees cost money to maintain.', 'We should plant more trees.'],
    );
    // The comparison is over: no highlights left.
    expect(await page.locator('.statement.diff-added, .statement.diff-changed').count()).toBe(0);

    // Ctrl+Z takes the whole restore back in one step.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Shade lowers energy bills.').waitFor();
    await expect.poll(() => page.locator('[data-statement-id="o1"]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-statement-id="r1"]').textContent()).toContain('Trees cool streets.');
    await other.page.getByText('Shade lowers energy bills.').waitFor();
  });
});

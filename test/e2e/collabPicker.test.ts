import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceText } from '../helpers/person';
import { ROOT } from '../helpers/server';
import { useStage } from '../helpers/stage';

const stage = useStage({ seeds: { small: 'test/fixtures/smallMap.json' }, viewport: { width: 1100, height: 900 } });

const row = (page: Page, title: string) => page.locator('.map-list:not(.deleted) .map-row', { has: page.locator('strong', { hasText: new RegExp(`^${title}$`) }) });

describe('the map picker', () => {
  it('duplicates, renames, deletes and restores maps', { timeout: 60_000 }, async () => {
    const { page } = await stage.arrive('/');
    await row(page, 'Small test map').waitFor();

    // One copy per workshop group.
    await row(page, 'Small test map').getByRole('button', { name: 'Duplicate' }).click();
    await replaceText(page, page.getByLabel('Title of the copy'), 'Group A', 'the Title of the copy field');
    await page.getByRole('button', { name: 'Make a copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Made a copy: “Group A”.' }).waitFor();
    await row(page, 'Group A').waitFor();

    await row(page, 'Group A').getByRole('button', { name: 'Rename' }).click();
    await replaceText(page, page.getByLabel('New title'), 'Group A (Thursday)', 'the New title field');
    await page.keyboard.press('Enter');
    await row(page, 'Group A \\(Thursday\\)').waitFor();
    expect(await row(page, 'Group A').count()).toBe(0);

    // Delete asks first, then the map waits under "Recently deleted".
    await row(page, 'Group A \\(Thursday\\)').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete map' }).click();
    const deleted = page.locator('.deleted-maps .map-row', { hasText: 'Group A (Thursday)' });
    await deleted.waitFor();
    expect(await row(page, 'Group A \\(Thursday\\)').count()).toBe(0);
    await deleted.getByRole('button', { name: 'Restore' }).click();
    await row(page, 'Group A \\(Thursday\\)').waitFor();
    expect(await page.locator('.deleted-maps').count()).toBe(0);
  });

  it('creates maps, empty or from a file, and shows the server’s message for a bad file', { timeout: 60_000 }, async () => {
    const { page } = await stage.arrive('/');
    await row(page, 'Small test map').waitFor();
    const file = page.getByLabel('Map file');

    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
    expect(await page.getByRole('alert').textContent()).toMatch(/“notes\.txt” is not a JSON map file/);

    const bad = { schema: 'warrant-map', version: 1, title: 'Broken', statements: [{ id: 's1', text: 'x', kind: 'opinion' }] };
    await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Invalid map: /);

    const good = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/smallMap.json'), 'utf8'));
    await file.setInputFiles({ name: 'trees.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, title: 'Imported trees' })) });
    await page.waitForURL(/\/m\/[^/]+$/);
    await page.locator('[data-statement-id="t"]').waitFor();
    expect(await page.locator('.map-title').textContent()).toBe('Imported trees');

    await page.goto(stage.url('/'));
    await page.getByRole('button', { name: 'New empty map' }).click();
    await page.waitForURL(/\/m\/[^/]+$/);
    await expect.poll(() => page.locator('.map-title').textContent()).toBe('Untitled map');
  });
});

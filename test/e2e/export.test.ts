import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArgumentMap } from '../../core/model';
import { saveDocImage } from '../helpers/docImages';
import { ROOT } from '../helpers/server';
import { useStage } from '../helpers/stage';

const stage = useStage({ viewport: { width: 1500, height: 950 } });

const texts = (m: ArgumentMap) => m.statements.map((s) => s.text);

/**
 * A newcomer (empty storage) who says who they are in the name card, on a copy of the seeded map
 * made for this test alone, with the Export panel open; `before` is the map as it was created.
 */
async function arriveOnSeededCopy() {
  const id = await stage.createSeededCopy();
  const { page } = await stage.arrive(`/m/${id}`, { name: 'Esme' }, { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('[data-statement-id="thesis"]').waitFor();
  const tab = page.getByRole('tab', { name: 'Export', exact: true });
  if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
  await tab.click();
  await page.locator('.export-panel').waitFor();
  const saved = () => stage.saved(id);
  return { page, id, saved, before: await saved() };
}

/** Picks a format and scope in the Export panel, clicks Download and returns the file's name and bytes. */
async function download(page: Page, format: string, scope = 'Whole map'): Promise<{ name: string; data: Buffer }> {
  await page.locator('#export-format').selectOption(format);
  await page.locator('.segments label', { hasText: scope }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  return { name: file.suggestedFilename(), data: await readFile((await file.path())!) };
}

/** Drops a file on the canvas the way a browser does: dragenter, dragover, drop with a DataTransfer. */
function dropFile(page: Page, name: string, content: string | number[]) {
  return page.evaluate(([fileName, data]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([typeof data === 'string' ? data : new Uint8Array(data)], fileName));
    const target = document.querySelector('.react-flow__pane')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, content] as const);
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('exporting from the editor', () => {
  it('downloads the whole map as a well-formed SVG figure holding the statements’ text', async () => {
    const { page, id, before } = await arriveOnSeededCopy();
    const { name, data } = await download(page, 'svg');
    expect(name).toBe(`${id}.svg`);
    const svg = data.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const thesis = [...doc.querySelectorAll('[data-id="thesis"] tspan')].map((t) => t.textContent).join(' ');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, statements: doc.querySelectorAll('g.statement').length, thesis };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.statements).toBe(before.statements.length);
    expect(parsed.thesis.replace(/\s+/g, ' ')).toBe(before.statements.find((s) => s.id === 'thesis')!.text);
    // The preview shows the same figure.
    await expect.poll(() => page.locator('.export-preview img').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  });

  it('downloads Argdown and copies it to the clipboard', async () => {
    const { page, id } = await arriveOnSeededCopy();
    const { name, data } = await download(page, 'argdown');
    expect(name).toBe(`${id}.argdown`);
    expect(data.toString('utf8')).toMatch(/^\[thesis\]: For now, keeping to a defensive posture/m);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied Argdown to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(data.toString('utf8'));
  });

  it('exports only the selection, and PNG at 2× is twice as wide as at 1×', async () => {
    const { page, id, before: m } = await arriveOnSeededCopy();
    const premise = m.inferences.find((i) => i.target === 'thesis' && i.premises.length === 1)!.premises[0];
    await page.locator('[data-statement-id="thesis"]').click();
    await page.locator(`[data-statement-id="${premise}"]`).click({ modifiers: ['Control'] });
    await expect.poll(() => page.locator('.segments label', { hasText: 'Selection' }).textContent()).toBe('Selection 2');
    const { name, data } = await download(page, 'svg', 'Selection');
    expect(name).toBe(`${id}-selection.svg`);
    const ids = [...data.toString('utf8').matchAll(/<g class="statement [a-z]+" data-id="([^"]+)"/g)].map((x) => x[1]);
    expect(ids.sort()).toEqual(['thesis', premise].sort());
    expect(data.toString('utf8')).toMatch(/class="edge /);

    await page.locator('#export-format').selectOption('png');
    await page.locator('.segments label', { hasText: '1×' }).click();
    const one = await download(page, 'png', 'Selection');
    await page.locator('.segments label', { hasText: '2×' }).click();
    const two = await download(page, 'png', 'Selection');
    expect([one.name, two.name]).toEqual([`${id}-selection.png`, `${id}-selection@2x.png`]);
    for (const png of [one.data, two.data]) expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(one.data).width).toBeGreaterThan(200);
    expect(pngSize(two.data)).toEqual({ width: 2 * pngSize(one.data).width, height: 2 * pngSize(one.data).height });
  });

  it('previews the figure of a selected branch (the README’s screenshot)', async () => {
    const { page, before: m } = await arriveOnSeededCopy();
    const root = m.statements.find((s) => s.text.startsWith('Moscow should withdraw'))!.id;
    const premises = m.inferences.filter((i) => i.target === root).flatMap((i) => i.premises);
    await page.locator(`[data-statement-id="${root}"]`).click();
    for (const id of premises) {
      const card = page.locator(`[data-statement-id="${id}"]`);
      if (await card.isVisible()) await card.click({ modifiers: ['Control'] });
    }
    await page.locator('#export-format').selectOption('svg');
    await page.locator('.segments label', { hasText: 'Selection' }).click();
    await expect.poll(() => page.locator('.export-preview figcaption').textContent()).toMatch(/^\d+ statements · \d+ × \d+ px/);
    await expect.poll(() => page.locator('.export-preview img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await saveDocImage(page, 'export');
  });

  it('composes a figure for a journal column: split parts, warnings, and a PDF the server writes at that width', { timeout: 300_000 }, async () => {
    const { page } = await arriveOnSeededCopy();
    await page.locator('#export-format').selectOption('pdf');
    await page.locator('.segments label', { hasText: 'Whole map' }).click();
    await page.locator('#export-target').selectOption('column');
    await page.locator('.export-parts').waitFor();
    expect(await page.locator('.export-parts').textContent()).toMatch(/\d+ sub-figures joined by “continued in” cards \(one page each\)/);
    expect(await page.locator('.export-warning').first().textContent()).toMatch(/prints [\d.]+ × [\d.]+ pt with 8 pt text, larger than the column target/);
    await expect.poll(() => page.locator('.export-preview figcaption').textContent()).toMatch(/smallest text 5\.7 pt printed/);
    await saveDocImage(page, 'export-figure');
    // The server composes and embeds fonts for every part: allow for a loaded machine.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    const pdf = join(tmpdir(), `warrant-e2e-${process.pid}.pdf`);
    await file.saveAs(pdf);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
    const widths = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x/gm)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(1);
    for (const w of widths) expect(w).toBeLessThanOrEqual(252.01);
  });

  it('asks the server for a PNG too large for a browser canvas, with the same options', async () => {
    const { page, id } = await arriveOnSeededCopy();
    let asked: URL | undefined;
    const tiny = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3bfc1d90000000049454e44ae426082', 'hex');
    await page.route('**/api/maps/*/export?*', (route) => {
      asked = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: tiny });
    });
    await page.locator('#export-format').selectOption('png');
    await page.locator('.segments label', { hasText: '4×' }).click();
    const { name, data } = await download(page, 'png', 'Whole map');
    expect(name).toBe(`${id}@4x.png`);
    expect(data).toEqual(tiny);
    expect(asked?.pathname).toBe(`/api/maps/${id}/export`);
    expect(Object.fromEntries(asked!.searchParams)).toEqual({ format: 'png', scale: '4', background: 'white', legend: '1' });
  });
});

const ARGDOWN = `[Bikes]: The city should build protected bike lanes. {kind: "thesis"}
  <+ [Safety]: Protected lanes cut cycling injuries.
  <- [Parking]: Lanes remove parking spaces.
`;

describe('importing into the open map', () => {
  it('adds a dropped Argdown file as one step that Ctrl+Z takes back whole', async () => {
    const { page, saved, before } = await arriveOnSeededCopy();
    await dropFile(page, 'bikes.argdown', ARGDOWN);
    await page.locator('.import-report', { hasText: 'Added 3 statements and 2 relations from “bikes.argdown” (Argdown).' }).waitFor();
    for (const text of ['The city should build protected bike lanes.', 'Protected lanes cut cycling injuries.', 'Lanes remove parking spaces.']) {
      await page.locator('.react-flow__node-statement', { hasText: text }).waitFor();
    }
    await expect.poll(async () => (await saved()).statements.length).toBe(before.statements.length + 3);
    const after = await saved();
    const added = after.statements.filter((s) => !before.statements.some((b) => b.id === s.id));
    expect(added.map((s) => s.text).sort()).toEqual(['Lanes remove parking spaces.', 'Protected lanes cut cycling injuries.', 'The city should build protected bike lanes.']);
    expect(after.inferences).toHaveLength(before.inferences.length + 2);
    // In free space, on top of no card (boxes as drawn on screen).
    const boxes = await page.locator('.react-flow__node-statement').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', ...el.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number } })),
    );
    const isAdded = (t: string) => added.some((s) => t.includes(s.text));
    for (const a of boxes.filter((b) => isAdded(b.text))) {
      const onTop = boxes.filter((b) => b !== a && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
      expect(onTop.map((b) => b.text.slice(0, 40)), `imported card "${a.text.slice(0, 40)}" overlaps`).toEqual([]);
    }

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => texts(await saved()).sort()).toEqual(texts(before).sort());
    expect((await saved()).inferences).toHaveLength(before.inferences.length);
  });

  it('shows what is wrong with a broken file and leaves the map as it was', async () => {
    const { page, saved, before: start } = await arriveOnSeededCopy();
    await dropFile(page, 'broken.json', '{"schema": "warrant-map", "statements": [');
    await page.getByRole('alert').filter({ hasText: '“broken.json” is not valid Warrant map (JSON)' }).waitFor();
    await page.getByText('The map was not changed.').waitFor();
    // Binary garbage through the file picker.
    await page.getByLabel('File to import').setInputFiles({ name: 'noise.argdown', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 159, 146, 150, 255, 0]) });
    // The refusal on screen is the signal that the file was read and turned away.
    await page.getByRole('alert').filter({ hasText: '“noise.argdown” is binary data' }).waitFor();
    expect(await saved()).toEqual(start);
  });

  it('imports through the file picker too, with the importer’s notes', async () => {
    const { page } = await arriveOnSeededCopy();
    const aif = await readFile(join(ROOT, 'test/fixtures/formats/aifdb-sample.json'));
    await page.getByLabel('File to import').setInputFiles({ name: 'debate.json', mimeType: 'application/json', buffer: aif });
    await page.locator('.import-report.ok').waitFor();
    await expect.poll(() => page.locator('.import-notes li').allTextContents()).toContainEqual(expect.stringMatching(/dialogue nodes/));
  });
});

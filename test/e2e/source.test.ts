import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEmptyMap } from '../../core/model';
import { clickAndType, expectCaretIn, typeStatement, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { clickCard } from '../helpers/canvas';

const stage = useStage({ viewport: { width: 1500, height: 900 } });

const spansOf = (p: Page, statementId: string) => p.locator(`.source-text [data-ids~="${statementId}"]`);

/**
 * A newcomer (empty storage) on a copy of the seeded map made for this test alone, with the
 * Source panel showing its article.
 */
async function arriveOnSeededCopy(): Promise<{ page: Page; id: string; saved: () => ReturnType<typeof stage.saved> }> {
  const id = await stage.createSeededCopy();
  const { page } = await stage.arrive(`/m/${id}`);
  await page.locator('[data-statement-id="thesis"]').waitFor();
  await openSourcePanel(page);
  return { page, id, saved: () => stage.saved(id) };
}

/** Shows the Source panel, whether or not the editor opened it by itself. */
async function openSourcePanel(p: Page) {
  const tab = p.getByRole('tab', { name: 'Source' });
  if (!(await tab.isVisible())) await p.getByRole('button', { name: 'Panels' }).click();
  await tab.click();
  await p.locator('.source-panel').waitFor();
}

/** Selects the text between two offsets of the rendered source, as a drag would, and lets go of the mouse. */
function selectOffsets(p: Page, start: number, end: number) {
  return p.evaluate(([from, to]) => {
    const point = (offset: number): [Node, number] => {
      const runs = [...document.querySelectorAll<HTMLElement>('.source-text [data-start]')];
      const run = runs.findLast((r) => Number(r.dataset.start) <= offset)!;
      return [run.firstChild!, offset - Number(run.dataset.start)];
    };
    const range = document.createRange();
    range.setStart(...point(from));
    range.setEnd(...point(to));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return getSelection()!.toString();
  }, [start, end]);
}

describe('the source panel', () => {
  it('highlights every anchored span of the article, once per anchor, with a legend', async () => {
    const { page, saved } = await arriveOnSeededCopy();
    const map = await saved();
    const anchors = map.statements.flatMap((s) => s.anchors.map((a, i) => `${s.id}#${i}`));
    await expect.poll(() => page.locator('.source-text .src-mark').count()).toBeGreaterThan(0);
    // Overlapping spans are split into runs; every run lists the anchors over it.
    const keys = await page.locator('.source-text .src-mark').evaluateAll((els) => [...new Set(els.flatMap((e) => (e as HTMLElement).dataset.keys!.split(' ')))]);
    expect(keys.sort()).toEqual(anchors.sort());
    expect(await page.locator('.source-panel').getByText(`${anchors.length} spans`).count()).toBe(1);
    // The rendered text is the article, character for character (role letters are generated content).
    expect(await page.locator('.source-text').textContent()).toBe(map.sources[0].text);
    for (const role of ['Thesis', 'Reason', 'Objection', 'Rebuttal', 'Evidence']) {
      expect(await page.locator('.source-legend').getByText(role, { exact: true }).count()).toBe(1);
    }
    // Colour is not the only clue: each span starts with its role letter.
    expect(await spansOf(page, 'thesis').first().getAttribute('data-label')).toBe('T');
  });

  it('selects and centres a statement on the canvas when its span is clicked', async () => {
    const { page } = await arriveOnSeededCopy();
    await spansOf(page, 'thesis').first().click();
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').getAttribute('class')).toMatch(/\bselected\b/);
    await expect.poll(() => spansOf(page, 'thesis').first().getAttribute('class')).toMatch(/\bis-selected\b/);
  });

  it('marks on the canvas the statement whose span the pointer is over', async () => {
    const { page } = await arriveOnSeededCopy();
    await spansOf(page, 'thesis').first().hover();
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').getAttribute('class')).toMatch(/\bsource-hover\b/);
    await page.locator('.source-title, .source-title-row select').first().hover();
    await expect.poll(() => page.locator('[data-statement-id="thesis"]').getAttribute('class')).not.toMatch(/\bsource-hover\b/);
  });

  it('scrolls to and flashes the span of a statement selected on the canvas', async () => {
    const { page, saved } = await arriveOnSeededCopy();
    await page.locator('.react-flow__controls-fitview').click();
    await clickCard(page, 'opt-withdraw', (await saved()).statements.find((s) => s.id === 'opt-withdraw')!.position!);
    const span = spansOf(page, 'opt-withdraw').first();
    await expect.poll(() => span.getAttribute('class'), { interval: 50 }).toMatch(/\bflash-[ab]\b/);
    expect(await span.getAttribute('class')).toMatch(/\bis-selected\b/);
    // Scrolled into the visible part of the panel.
    await expect.poll(async () => {
      const body = (await page.locator('.side-panel .panel-body').boundingBox())!;
      const box = (await span.boundingBox())!;
      return box.y >= body.y && box.y + box.height <= body.y + body.height;
    }).toBe(true);
  });

  it('creates a statement anchored to text selected with the mouse, selected and in edit mode, even at overview zoom', async () => {
    const { page, saved } = await arriveOnSeededCopy();
    // Far out, where cards show short labels instead of their text: the new card's text box must still show.
    await page.locator('.react-flow__controls-fitview').click();
    await page.locator('.canvas[data-labels="on"]').waitFor();
    const map = await saved();
    const text = map.sources[0].text;
    const from = text.indexOf('The outbreak of unrest');
    const run = page.locator(`.source-text [data-start="${from}"]`);
    await run.scrollIntoViewIfNeeded();
    const box = (await run.boundingBox())!;
    // A drag along the first line of the paragraph.
    await page.mouse.move(box.x + 1, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 10, { steps: 5 });
    await page.mouse.move(box.x + 260, box.y + 10, { steps: 5 });
    await page.mouse.up();
    const selected = (await page.evaluate(() => getSelection()!.toString())).trim();
    expect(selected.length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'New statement from selection' }).click();
    const input = page.getByLabel('Statement text');
    await expectCaretIn(page, input, 'the new statement’s text box');
    expect(await input.inputValue()).toBe(selected);
    // The person types right away: the words land in the new card.
    await page.keyboard.press('End');
    await typeStatement(page, ' (quoted)');
    await expect.poll(async () => (await saved()).statements.find((s) => s.anchors[0]?.quote === selected)).toBeTruthy();
    const created = (await saved()).statements.find((s) => s.anchors[0]?.quote === selected)!;
    expect(created).toMatchObject({ kind: 'claim', text: `${selected} (quoted)`, anchors: [{ source: 'article', start: from, end: from + selected.length, quote: selected }] });
    await expect.poll(() => page.locator(`[data-statement-id="${created.id}"]`).getAttribute('class')).toMatch(/\bselected\b/);
    expect(await spansOf(page, created.id).count()).toBeGreaterThan(0);
  });

  it('anchors a selection that crosses highlighted spans to the selected statement', async () => {
    const { page, saved } = await arriveOnSeededCopy();
    // The person selects a statement anchored once, by clicking its span.
    const before = await saved();
    const chosen = before.statements.find((s) => s.anchors.length === 1 && s.anchors[0].source === 'article')!;
    await spansOf(page, chosen.id).first().click();
    await expect.poll(() => page.locator(`[data-statement-id="${chosen.id}"]`).getAttribute('class')).toMatch(/\bselected\b/);
    const text = before.sources[0].text;
    // From plain text into the objection that follows it: the span's role letter is not part of the text.
    const start = text.indexOf('took international audiences');
    const end = text.indexOf('were triggered') + 'were triggered'.length;
    const quote = await selectOffsets(page, start, end);
    expect(quote).toBe(text.slice(start, end));
    await page.getByRole('button', { name: /^Anchor to/ }).click();
    await expect.poll(async () => (await saved()).statements.find((s) => s.id === chosen.id)!.anchors).toHaveLength(2);
    const after = (await saved()).statements.find((s) => s.id === chosen.id)!;
    expect(after.anchors[0]).toEqual(chosen.anchors[0]);
    expect(after.anchors[1]).toEqual({ source: 'article', start, end, quote: text.slice(start, end) });
  });

  it('shows what is left unmapped and the coverage, and refuses to remove an anchored source', async () => {
    const { page, saved } = await arriveOnSeededCopy();
    await page.getByLabel('Show unmapped').check();
    await expect.poll(() => page.locator('.source-text .src-run.unmapped').count()).toBeGreaterThan(0);
    expect(await page.locator('.source-panel .coverage').textContent()).toMatch(/\d+% cited/);
    const gaps = Number((await page.locator('.unmapped-count').textContent())!.match(/^(\d+) unmapped sentences?/)![1]);
    expect(gaps).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Go to the next unmapped sentence' }).click();
    await page.getByLabel('Show unmapped').uncheck();
    const map = await saved();
    const anchored = map.statements.filter((s) => s.anchors.length > 0);
    const anchors = anchored.reduce((n, s) => n + s.anchors.length, 0);
    await page.getByRole('button', { name: 'Remove…' }).click();
    expect(await page.locator('.source-confirm').textContent()).toContain(`${anchors} anchors in ${anchored.length} statements`);
    await page.locator('.source-confirm').getByRole('button', { name: 'OK' }).click();
    expect((await saved()).sources).toHaveLength(1);
  });

  it('attaches pasted text and a .txt file to an empty map, refuses a binary file, and removes a source', async () => {
    const id = await stage.createMap(createEmptyMap('Source test'));
    const { page: p } = await stage.arrive(`/m/${id}`);
    // Once the map is synced, the editor has chosen which panel to open.
    await waitForMap(p);
    // A map without a source does not open the panel by itself; its Source panel offers only attaching.
    expect(await p.locator('.source-panel').count()).toBe(0);
    await openSourcePanel(p);
    expect(await p.locator('.source-text').count()).toBe(0);
    const file = p.getByLabel('…or choose a .txt file (UTF-8, at most 5 MB)');
    await file.setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3]) });
    expect(await p.getByRole('alert').textContent()).toMatch(/“scan.txt” does not look like plain text/);
    const body = 'Cities should plant more trees.\n\nTrees cool the streets in summer.';
    await clickAndType(p, p.getByLabel('Title'), 'Tree op-ed', 'the Title field');
    await clickAndType(p, p.getByLabel('Text', { exact: true }), body, 'the Text field');
    await p.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect.poll(() => p.locator('.source-text').textContent()).toBe(body);
    expect(await p.locator('.source-title').textContent()).toBe('Tree op-ed');
    expect((await stage.saved(id)).sources).toEqual([{ id: 'tree-op-ed', title: 'Tree op-ed', text: body }]);

    // A second source, from a file (Windows line endings made uniform): a picker appears.
    await p.getByRole('button', { name: 'Attach text…' }).click();
    await p.getByLabel('…or choose a .txt file (UTF-8, at most 5 MB)').setInputFiles({ name: 'Reply letter.txt', mimeType: 'text/plain', buffer: Buffer.from('Trees cost money.\r\nWho pays?') });
    await expect.poll(() => p.getByLabel('Title').inputValue()).toBe('Reply letter');
    await p.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect.poll(() => p.locator('.source-text').textContent()).toBe('Trees cost money.\nWho pays?');
    const picker = p.getByLabel('Source text');
    expect(await picker.locator('option').allTextContents()).toEqual(['Tree op-ed', 'Reply letter']);
    await picker.selectOption('tree-op-ed');
    await expect.poll(() => p.locator('.source-text').textContent()).toBe(body);

    await p.getByRole('button', { name: 'Remove…' }).click();
    await p.locator('.source-confirm').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(async () => (await stage.saved(id)).sources.map((s) => s.id)).toEqual(['reply-letter']);
    await expect.poll(() => p.locator('.source-text').textContent()).toBe('Trees cost money.\nWho pays?');
  });
});

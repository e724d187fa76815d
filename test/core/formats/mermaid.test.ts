import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mermaidExport, mermaidText } from '../../../core/formats/mermaid';
import { figureCases, richMap } from '../../fixtures/render/cases';
import { launchBrowser } from '../../helpers/browser';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracle: Mermaid's own browser bundle in headless Chromium must parse and render the chart. */

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const cases = figureCases();
const chartOf = (map: Parameters<typeof mermaidExport.export>[0], legend = false) => mermaidExport.export(map, { legend }) as string;

interface Rendered {
  readonly error?: string;
  readonly text?: string;
}

describe('Mermaid export', { timeout: SLOW }, () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(() => (window as any).mermaid.initialize({ startOnLoad: false }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const render = (chart: string): Promise<Rendered> =>
    page.evaluate(async (text) => {
      const mermaid = (window as any).mermaid;
      try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render(`chart${Math.random().toString(36).slice(2)}`, text);
        const out = document.getElementById('out')!;
        out.innerHTML = svg;
        return { text: out.textContent ?? '' };
      } catch (e) {
        return { error: String((e as Error).message ?? e) };
      }
    }, chart);

  it('the oracle rejects a broken chart', async () => {
    expect((await render('flowchart TB\n  a["unclosed --> b')).error).toBeTruthy();
  });

  it.each(cases)('%s: Mermaid parses and renders it', async (_name, map, legend) => {
    const got = await render(chartOf(map, legend));
    expect(got.error).toBeUndefined();
    const text = got.text!.replace(/\s+/g, ' ');
    for (const s of map.statements.slice(0, 12)) expect(text).toContain(s.text.split(/\s+/).slice(0, 3).join(' '));
  });

  it('shows special characters as themselves after rendering', async () => {
    const text = (await render(chartOf(richMap()))).text!.replace(/\s+/g, ' ');
    for (const s of ['<especially>', '& wider', '"', '#hashes', '{braces}', '‘Vision Zero’', 'Алматы']) expect(text).toContain(s);
  });

  it('a %%{init}%% directive typed into a title or a statement is not obeyed, and still reads as text (issue 12 item 14)', async () => {
    const config = (chart: string) => page.evaluate(async (text) => ((await (window as any).mermaid.parse(text)) as { config?: object }).config ?? {}, chart);
    const directive = '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%';
    // The oracle does obey a directive where Mermaid reads one.
    expect(await config(`${directive}\nflowchart BT\n  a("x")`)).toMatchObject({ theme: 'dark' });
    const map = { ...richMap(), title: `Ours ${directive}` };
    map.statements = map.statements.map((s, i) => (i === 0 ? { ...s, text: `Claim ${directive} end` } : s));
    const chart = chartOf(map);
    expect(await config(chart)).toEqual({});
    expect((await render(chart)).text).toContain('Claim %%{init: {"theme": "dark", "securityLevel": "loose"}}%% end');
  });

  it('runs conclusions on top (BT) or on the left (RL), with a junction for linked premises', () => {
    const chart = chartOf(richMap());
    expect(chart).toMatch(/^flowchart BT$/m);
    expect(chartOf({ ...richMap(), direction: 'LR' })).toMatch(/^flowchart RL$/m);
    expect(chart.match(/@\{ shape: f-circ \}/g)).toHaveLength(2);
    expect(chart).toMatch(/linkStyle \d+ stroke-dasharray/);
    expect(chart).toMatch(/classDef thesis .*font-weight:bold/);
  });

  it.each([
    ['say "hi"', 'say #quot;hi#quot;'],
    ['#1 <b> & `x`', '#35;1 #lt;b#gt; #amp; #96;x#96;'],
    ['[brackets] (parens) {braces}', '[brackets] (parens) {braces}'],
  ])('escapes %s', (text, expected) => {
    expect(mermaidText(text)).toBe(expected);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml, svgExport } from '../../../core/formats/svg';
import { buildScene } from '../../../core/render';
import { launchBrowser } from '../../helpers/browser';
import { figureCases } from '../../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

const cases = figureCases();
const svgOf = (map: Parameters<typeof svgExport.export>[0], legend: boolean) => svgExport.export(map, { legend }) as string;

describe('SVG export: the file itself', { timeout: SLOW }, () => {
  it.each(cases)('%s: xmllint finds it well-formed', (_name, map, legend) => {
    const r = spawnSync('xmllint', ['--noout', '-'], { input: svgOf(map, legend), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(cases)('%s: is self-contained (no external references, generic font fallback)', (_name, map, legend) => {
    const svg = svgOf(map, legend);
    expect(svg).not.toMatch(/href|url\(|<image|@import|<script/i);
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it('escapes XML specials in text and attributes', () => {
    expect(escapeXml(`a & b < c > d " e ' f \u0001`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f ');
    const svg = svgOf(cases[0][1], false);
    expect(svg).toContain('&lt;especially&gt;');
    expect(svg).not.toMatch(/<especially>/);
  });

  it('keeps statement text as <text> with one <tspan> per wrapped line', () => {
    const map = cases[0][1];
    const scene = buildScene(map);
    const svg = svgOf(map, false);
    const long = scene.nodes.find((n) => n.id === 'c4')!;
    expect(long.lines.length).toBeGreaterThan(4);
    for (const line of long.lines) expect(svg).toContain(`>${escapeXml(line.text)}</tspan>`);
  });
});

describe('SVG export in Chromium', { timeout: SLOW }, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'warrant-svg-'));
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(cases)('%s: renders with a size, every statement line present and inside its box', async (name, map, legend) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.svg`);
    writeFileSync(file, svgOf(map, legend));
    const page = await browser.newPage();
    // Opened as a .svg file, Chromium parses it as XML and shows an error page if it is malformed.
    await page.goto(pathToFileURL(file).href);
    const got = await page.evaluate(() => {
      const root = document.documentElement as unknown as SVGSVGElement;
      const box = root.getBoundingClientRect();
      const statements = [...document.querySelectorAll('g.statement')].map((g) => {
        const rect = (g.querySelector('rect') as SVGRectElement).getBBox();
        const texts = [...g.querySelectorAll('text')] as SVGTextElement[];
        const overflow = texts.map((t) => t.getBBox()).filter((b) => b.x < rect.x - 0.5 || b.x + b.width > rect.x + rect.width + 0.5);
        const lines = [...g.querySelectorAll('tspan')].map((s) => s.textContent);
        return { id: g.getAttribute('data-id'), lines, overflow: overflow.length };
      });
      return { tag: root.tagName, width: box.width, height: box.height, statements, parseError: !!document.querySelector('parsererror') };
    });
    await page.close();
    expect(got.parseError).toBe(false);
    expect(got.tag).toBe('svg');
    expect(got.width).toBeGreaterThan(0);
    expect(got.height).toBeGreaterThan(0);
    const scene = buildScene(map, { legend });
    expect(got.statements.map((s) => s.id)).toEqual(scene.nodes.map((n) => n.id));
    for (const node of scene.nodes) {
      const s = got.statements.find((x) => x.id === node.id)!;
      expect(s.lines).toEqual(node.lines.map((l) => l.text));
      expect(s.overflow, `text of ${node.id} overflows its box`).toBe(0);
    }
  });
});

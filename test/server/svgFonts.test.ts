import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/model';
import { buildScene, textWidth } from '../../core/render';
import { getServerExportFormats } from '../../server/render/formats';
import { main } from '../../server/cli/main';
import { figureFontFiles } from '../../server/render/fontFiles';
import { FONT_FACES } from '../../server/render/fonts';
import { launchBrowser } from '../helpers/browser';
import { CSTO_PATH, scriptsMap } from '../fixtures/render/cases';

/**
 * SVG with the font embedded on request: the file names the project's font either way; with
 * --embed-fonts it carries WOFF2 subsets as @font-face data, and Chromium, given a family name
 * no machine has and a monospace fallback, loads them and sets every line at the width the
 * layout measured (a fallback font would be visibly wider or narrower).
 */

const SLOW = 180_000;
const svg = getServerExportFormats().find((f) => f.id === 'svg')!;
const dir = mkdtempSync(join(tmpdir(), 'warrant-svgfonts-'));
const csto = () => parseMap(readFileSync(CSTO_PATH, 'utf8'));

describe('SVG font embedding', { timeout: SLOW }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the font without embedding it by default', async () => {
    const plain = (await svg.export(scriptsMap())) as string;
    expect(plain).toContain(`font-family="&apos;DejaVu Sans&apos;, &apos;Noto Sans SC&apos;, sans-serif"`);
    expect(plain).not.toContain('@font-face');
  });

  it('embeds WOFF2 subsets of each face and CJK piece used', async () => {
    const embedded = (await svg.export(scriptsMap(), { embedFonts: true, legend: true })) as string;
    const faces = [...embedded.matchAll(/@font-face\{font-family:'([^']+)';font-weight:(\w+);font-style:(\w+)(?:;unicode-range:[U+0-9A-F,]+)?;src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
    const names = faces.map((f) => `${f[1]} ${f[2]} ${f[3]}`);
    expect(names).toContain('DejaVu Sans normal normal');
    expect(names).toContain('DejaVu Sans bold normal'); // captions
    expect(names.filter((n) => n.startsWith('Noto Sans SC')).length).toBeGreaterThan(0);
    for (const f of faces) expect(Buffer.from(f[4], 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    // A subset, not the whole font: DejaVu Sans alone is 740 KB.
    expect(embedded.length).toBeLessThan(200_000);
  });

  it.each([
    ['scripts', scriptsMap],
    ['CSTO Kazakhstan 2022', csto],
  ])('%s: Chromium loads the embedded fonts and sets every line as the full font files do', async (name, load) => {
    const map = load();
    const text = (await svg.export(map, { embedFonts: true })) as string;
    const stem = join(dir, name.replace(/\W+/g, '-'));
    // Family names no machine has, with a monospace fallback: only the fonts given in the file can set the text.
    const renamed = text.replaceAll('DejaVu Sans', 'Warrant Test Sans').replaceAll('Noto Sans SC', 'Warrant Test CJK').replace('sans-serif"', 'monospace"');
    writeFileSync(`${stem}-embedded.svg`, renamed);
    // The same file with the whole font files instead of the subsets: the widths to match.
    const files = figureFontFiles(map.statements.map((s) => s.text).join(''));
    const full = FONT_FACES.map((f, i) => `@font-face{font-family:'Warrant Test Sans';${/bold/i.test(f.key) ? 'font-weight:bold' : 'font-weight:normal'};${/oblique/i.test(f.key) ? 'font-style:italic' : 'font-style:normal'};src:url(${pathToFileURL(files[i]).href})}`)
      .concat(files.slice(FONT_FACES.length).map((f) => `@font-face{font-family:'Warrant Test CJK';src:url(${pathToFileURL(f).href})}`));
    writeFileSync(`${stem}-full.svg`, renamed.replace(/<!\[CDATA\[[^]*?\]\]>/, `<![CDATA[\n${full.join('\n')}\n]]>`));
    const measure = async (file: string) => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      const got = await page.evaluate(async () => {
        await document.fonts.ready;
        const faces = [...document.fonts].map((f) => ({ family: f.family, status: f.status }));
        const lines = [...document.querySelectorAll('tspan')].map((t) => ({ text: t.textContent ?? '', width: (t as SVGTSpanElement).getComputedTextLength() }));
        return { faces, lines };
      });
      await page.close();
      return got;
    };
    const [embedded, reference] = [await measure(`${stem}-embedded.svg`), await measure(`${stem}-full.svg`)];
    // Faces no text uses stay unloaded; none may fail to load.
    for (const f of embedded.faces) expect(f, `${f.family} did not load`).toMatchObject({ status: 'loaded' });
    expect(reference.faces.filter((f) => f.status === 'error')).toEqual([]);
    const scene = buildScene(map);
    const expected = scene.nodes.flatMap((n) => n.lines.map((l) => ({ text: l.text, width: textWidth(l.text, l.style.size, l.style.bold, l.style.italic) })));
    expect(embedded.lines.map((l) => l.text)).toEqual(expected.map((l) => l.text));
    embedded.lines.forEach((l, i) => {
      expect(Math.abs(l.width - reference.lines[i].width), `"${l.text}": ${l.width} vs ${reference.lines[i].width} with the full font`).toBeLessThan(0.05);
      // The layout measures without kerning, which Chromium applies: within 4 % (a monospace fallback is 10–30 % off).
      expect(Math.abs(l.width - expected[i].width), `"${l.text}": ${l.width} vs ${expected[i].width} measured`).toBeLessThan(Math.max(0.5, expected[i].width * 0.04));
    });
  });

  it('is asked for with --embed-fonts on the CLI', async () => {
    const out = join(dir, 'cli.svg');
    const code = await main(['export', CSTO_PATH, '--format', 'svg', '--embed-fonts', '-o', out], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/@font-face\{font-family:'DejaVu Sans'/);
  });
});

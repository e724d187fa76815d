import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { CSTO_PATH, SCRIPT_TEXTS, scriptsMap } from '../../fixtures/render/cases';

/**
 * Figures for papers, checked on the output with real tools: pdfinfo (printed size), pdffonts
 * (embedded), pdftotext (text intact) and pdftotext -bbox (smallest printed text, from glyph
 * boxes: a DejaVu Sans line box is 1.164 em tall, its ascender plus descender).
 */

const SLOW = 300_000;
const COLUMN = 252;
const LINE_BOX_EM = (1901 + 483) / 2048;
const dir = mkdtempSync(join(tmpdir(), 'warrant-figure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
const bare = (s: string) => s.replace(/\s+/g, '');


/** Page sizes (pt) of every page. */
function pageSizes(file: string): [number, number][] {
  const r = run('pdfinfo', ['-f', '1', '-l', '99', file]);
  expect(r.status, r.stderr).toBe(0);
  return [...r.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The smallest text on the pages, in pt, from pdftotext's word boxes. */
function smallestTextPt(file: string): number {
  const html = run('pdftotext', ['-bbox', file, '-']).stdout;
  const heights = [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
  return Math.min(...heights) / LINE_BOX_EM;
}

function expectEmbedded(file: string): string[] {
  const rows = run('pdffonts', [file]).stdout.split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r, r).toMatch(/\syes\s+yes\s+yes\s/);
  return rows.map((r) => r.split(/\s+/)[0]);
}

describe('figures for papers: the seeded map at column width', { timeout: SLOW }, () => {
  it('PDF: one page per sub-figure, none wider than the column, fonts embedded, text intact, nothing under 5 pt', async () => {
    const file = join(dir, 'column.pdf');
    const r = await runCli('export', CSTO_PATH, '--target', 'column', '-o', file);
    expect(r.code, r.stderr).toBe(0);
    const sizes = pageSizes(file);
    expect(sizes.length).toBeGreaterThan(1);
    for (const [w] of sizes) expect(w).toBeLessThanOrEqual(COLUMN + 0.01);
    expectEmbedded(file);
    const text = bare(run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout);
    const map = JSON.parse(readFileSync(CSTO_PATH, 'utf8')) as { statements: { text: string }[] };
    for (const s of map.statements) expect(text).toContain(bare(s.text).slice(0, 30));
    expect(text).toContain('continuedin(b)');
    const smallest = smallestTextPt(file);
    expect(smallest).toBeGreaterThanOrEqual(5);
    expect(smallest).toBeCloseTo(8.5 * (8 / 12), 0);
    // Parts that cannot fit at 8 pt are named, with the size that would fit.
    expect(r.stderr).toMatch(/^warning: Part \([a-z]\) prints [\d.]+ × [\d.]+ pt with 8 pt text, larger than the column target .* it fits with [\d.]+ pt text/m);
  });

  it('SVG and PNG: one file per part, each printing within the column', async () => {
    const svg = join(dir, 'column.svg');
    expect((await runCli('export', CSTO_PATH, '--target', 'column', '-o', svg)).code).toBe(0);
    expect(existsSync(join(dir, 'column-a.svg')) && existsSync(join(dir, 'column-b.svg'))).toBe(true);
    const a = readFileSync(join(dir, 'column-a.svg'), 'utf8');
    const width = Number(/<svg[^>]* width="([\d.]+)pt"/.exec(a)![1]);
    expect(width).toBeLessThanOrEqual(COLUMN);
    expect(run('xmllint', ['--noout', join(dir, 'column-a.svg')]).status).toBe(0);
    const png = join(dir, 'column.png');
    expect((await runCli('export', CSTO_PATH, '--target', 'column', '-o', png)).code).toBe(0);
    const bytes = readFileSync(join(dir, 'column-a.png'));
    // PNG pixels are CSS px: 4/3 per pt.
    expect(bytes.readUInt32BE(16)).toBeLessThanOrEqual(Math.ceil((COLUMN * 4) / 3) + 1);
  });

  it('TikZ: part (a) compiles with lualatex to a page within the column, fonts embedded', async () => {
    const tex = join(dir, 'column.tex');
    expect((await runCli('export', CSTO_PATH, '--target', 'column', '-o', tex)).code).toBe(0);
    const r = spawnSync('lualatex', ['-halt-on-error', '-interaction=nonstopmode', 'column-a.tex'], { cwd: dir, encoding: 'utf8', timeout: 200_000 });
    expect(r.status, r.stdout.slice(-1500)).toBe(0);
    const [[w]] = pageSizes(join(dir, 'column-a.pdf'));
    expect(w).toBeLessThanOrEqual(COLUMN + 12 + 1); // the standalone page keeps a 6 bp margin
    expectEmbedded(join(dir, 'column-a.pdf'));
    // Smallest text as the .tex sets it: every \fontsize times the picture's scale.
    const source = readFileSync(join(dir, 'column-a.tex'), 'utf8');
    const scale = Number(/\[x=1bp, y=-1bp, scale=([\d.]+)/.exec(source)![1]);
    const sizes = [...source.matchAll(/\\fontsize\{([\d.]+)\}/g)].map((m) => Number(m[1]) * scale);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });

  it('every script survives a composed PDF: Polish, Cyrillic, Greek, CJK', async () => {
    const input = join(dir, 'scripts.json');
    writeFileSync(input, JSON.stringify(scriptsMap()));
    const file = join(dir, 'scripts.pdf');
    expect((await runCli('export', input, '--target', 'column', '--font-size', '9', '-o', file)).code).toBe(0);
    const text = bare(run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout);
    for (const s of Object.values(SCRIPT_TEXTS)) expect(text).toContain(bare(s));
    expect(expectEmbedded(file).some((n) => n.endsWith('NotoSansSC-Regular'))).toBe(true);
  });

  it('warns when text would print under 5 pt, and refuses bad options with a clear message', async () => {
    const small = await runCli('export', CSTO_PATH, '--target', 'text', '--font-size', '5', '-f', 'pdf', '-o', join(dir, 'small.pdf'));
    expect(small.code).toBe(0);
    expect(small.stderr).toMatch(/warning: The smallest text prints at 3\.5 pt, under 5 pt/);
    const bad = await runCli('export', CSTO_PATH, '--target', 'A5', '-f', 'pdf', '-o', join(dir, 'bad.pdf'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/target width must be a length such as 250pt, 90mm or 3.5in \(got "A5"\)/);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../core/formats';
import type { ArgumentMap } from '../../core/model';
import { buildScene } from '../../core/render';
import { pdfExport } from '../../server/render/formats';
import { figureCases, SCRIPT_TEXTS, scriptsMap } from '../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracles: poppler's pdfinfo (structure, page size), pdffonts (embedding), pdftotext (text) and pdftoppm (rendering). */

const dir = mkdtempSync(join(tmpdir(), 'warrant-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = figureCases();
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const bare = (s: string) => s.replace(/\s+/g, '');

async function writePdf(name: string, map: ArgumentMap, options: ExportOptions): Promise<string> {
  const file = join(dir, `${name.replace(/\W+/g, '-')}-${options.page}.pdf`);
  writeFileSync(file, await pdfExport.export(map, options));
  return file;
}

function pageSize(file: string): [number, number] {
  const info = run('pdfinfo', [file]);
  expect(info.stderr).toBe('');
  expect(info.status).toBe(0);
  expect(info.stdout).toMatch(/^Pages:\s+1$/m);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info.stdout)!;
  return [Number(m[1]), Number(m[2])];
}

/** pdffonts' table: name, type, embedded, subset, unicode map, per font. */
function fontsOf(file: string): { name: string; emb: string; sub: string; uni: string }[] {
  const r = run('pdffonts', [file]);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0], emb, sub, uni };
  });
}

describe('PDF export', { timeout: SLOW }, () => {
  it.each(cases)('%s: pdfinfo reads one page the size of the figure, with no errors', async (name, map, legend) => {
    const scene = buildScene(map, { legend });
    const [w, h] = pageSize(await writePdf(name, map, { legend, page: 'fit' }));
    expect(w).toBe(Math.ceil(scene.width));
    expect(h).toBe(Math.ceil(scene.height));
  });

  it.each([
    ['a4', [595.28, 841.89]],
    ['letter', [612, 792]],
  ] as const)('scales onto %s paper, landscape when the figure is wide', async (page, [short, long]) => {
    const [name, map] = cases[0];
    const [w, h] = pageSize(await writePdf(name, map, { legend: true, page }));
    const scene = buildScene(map, { legend: true });
    expect([w, h]).toEqual(scene.width > scene.height ? [long, short] : [short, long]);
  });

  it.each(cases)('%s: pdftotext finds every wrapped line of every statement, as written', async (name, map, legend) => {
    const file = await writePdf(name, map, { legend, page: 'a4' });
    const r = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(r.stderr).toBe('');
    // pdftotext guesses word gaps from glyph positions and drops some between narrow symbols
    // ("& < >"), so spacing is left out of the comparison; every character must be there, in order.
    const text = bare(r.stdout);
    for (const n of buildScene(map, { legend }).nodes) for (const line of n.lines) expect(text, n.id).toContain(bare(line.text));
  });

  it.each(cases)('%s: pdffonts finds every font embedded as a subset with a Unicode map', async (name, map, legend) => {
    const fonts = fontsOf(await writePdf(name, map, { legend, page: 'fit' }));
    if (map.statements.length > 0) expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    for (const f of fonts) expect(f.name).toMatch(/^[A-Z]{6}\+(DejaVuSans|NotoSansSC)/);
  });

  it('keeps every script: Polish, Cyrillic, Greek and CJK text survive pdftotext unchanged', async () => {
    const file = await writePdf('scripts', scriptsMap(), { page: 'fit' });
    const text = squash(run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout);
    for (const s of Object.values(SCRIPT_TEXTS)) for (const word of s.split(' ')) expect(text).toContain(word);
    expect(run('pdfinfo', [file]).stdout).toMatch(/^Title:\s+Scripts: Łódź, Алматы, Αθήνα, 北京$/m);
    const names = fontsOf(file).map((f) => f.name.slice(7));
    expect(names).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique']));
    expect(names.some((n) => n.startsWith('NotoSansSC'))).toBe(true);
  });

  it('writes the fixture’s typographic quotes and dashes and the title as they are', async () => {
    const [name, map] = cases[0];
    const file = await writePdf(name, map, { page: 'fit' });
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
    expect(text).toContain('‘Vision Zero’ policies —');
    expect(text).toContain('Алматы');
    expect(text).toContain('(2010–2020) show');
    expect(run('pdfinfo', [file]).stdout).toMatch(/^Title:\s+Parking & bike lanes: a <rich> "test" map$/m);
  });

  it.each(cases)('%s: pdftoppm renders it without complaint', async (name, map, legend) => {
    const file = await writePdf(name, map, { legend, page: 'fit' });
    const r = run('pdftoppm', ['-r', '36', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const png = file.replace(/\.pdf$/, '.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(100);
  });
});

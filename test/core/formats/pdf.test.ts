import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../core/formats';
import { pdfExport } from '../../../core/formats/pdf';
import type { ArgumentMap } from '../../../core/model';
import { buildScene, fromWinAnsi, toWinAnsi } from '../../../core/render';
import { figureCases } from '../../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracles: poppler's pdfinfo (structure, page size), pdftotext (text) and pdftoppm (rendering). */

const dir = mkdtempSync(join(tmpdir(), 'warrant-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = figureCases();
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function writePdf(name: string, map: ArgumentMap, options: ExportOptions): string {
  const file = join(dir, `${name.replace(/\W+/g, '-')}-${options.page}.pdf`);
  writeFileSync(file, pdfExport.export(map, options));
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

describe('PDF export', { timeout: SLOW }, () => {
  it.each(cases)('%s: pdfinfo reads one page the size of the figure, with no errors', (name, map, legend) => {
    const scene = buildScene(map, { legend });
    const [w, h] = pageSize(writePdf(name, map, { legend, page: 'fit' }));
    expect(w).toBe(Math.ceil(scene.width));
    expect(h).toBe(Math.ceil(scene.height));
  });

  it.each([
    ['a4', [595.28, 841.89]],
    ['letter', [612, 792]],
  ] as const)('scales onto %s paper, landscape when the figure is wide', (page, [short, long]) => {
    const [name, map] = cases[0];
    const [w, h] = pageSize(writePdf(name, map, { legend: true, page }));
    const scene = buildScene(map, { legend: true });
    expect([w, h]).toEqual(scene.width > scene.height ? [long, short] : [short, long]);
  });

  it.each(cases)('%s: pdftotext finds every wrapped line of every statement', (name, map, legend) => {
    const file = writePdf(name, map, { legend, page: 'a4' });
    const r = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(r.stderr).toBe('');
    const text = squash(r.stdout);
    for (const n of buildScene(map, { legend }).nodes) {
      for (const line of n.lines) {
        // What the reader sees: the line as WinAnsi (non-Latin letters transliterated), decoded back.
        const expected = squash(fromWinAnsi(toWinAnsi(line.text)));
        expect(text, `${n.id}`).toContain(expected);
      }
    }
  });

  it('writes what the fixture needs: WinAnsi quotes and dashes, transliterated Cyrillic, the title', () => {
    const [name, map] = cases[0];
    const file = writePdf(name, map, { page: 'fit' });
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
    expect(text).toContain('‘Vision Zero’ policies —');
    expect(text).toContain('Almaty');
    expect(text).toContain('(2010–2020) show');
    expect(run('pdfinfo', [file]).stdout).toMatch(/^Title:\s+Parking & bike lanes: a <rich> "test" map$/m);
  });

  it.each(cases)('%s: pdftoppm renders it without complaint', (name, map, legend) => {
    const file = writePdf(name, map, { legend, page: 'fit' });
    const r = run('pdftoppm', ['-r', '36', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const png = file.replace(/\.pdf$/, '.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(100);
  });

  it('is a vector PDF 1.4 using only the standard Helvetica faces', () => {
    const bytes = pdfExport.export(cases[0][1], {}) as Uint8Array;
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).not.toMatch(/\/Image|\/FontFile/);
    expect([...text.matchAll(/\/BaseFont \/([\w-]+)/g)].map((m) => m[1])).toEqual(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDED = 'maps/csto-kazakhstan-2022.json';
const THESIS = 'For now, keeping to a defensive posture is probably the most strategically prudent option open to Moscow.';

function warrant(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/warrant.js', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pdftotext = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

describe('warrant report', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'warrant-report-cli-'));

  it('writes Markdown with the figure as an SVG file beside it', () => {
    const out = join(dir, 'critique.md');
    const r = warrant('report', SEEDED, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*critique\.md \(critique report, Markdown, \d+ bytes\) and .*critique\.svg \(its figure\)\n$/);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain(`## Thesis\n\n> ${THESIS}`);
    expect(md).toContain('## Evaluation (grounded)');
    expect(md).toContain('## Critique checks');
    expect(md).toContain('## Ratings\n\nNo ratings were given.');
    expect(md).toContain('](critique.svg)');
    expect(readFileSync(join(dir, 'critique.svg'), 'utf8')).toMatch(/^<\?xml|^<svg/);
  });

  it('writes a PDF in which pdftotext finds the thesis', () => {
    const out = join(dir, 'critique.pdf');
    const r = warrant('report', SEEDED, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*critique\.pdf \(critique report, PDF, \d+ bytes\)\n$/);
    expect(pdftotext(out)).toContain(THESIS);
  });

  it('reports the ratings of each round when the map file carries them', () => {
    const map = JSON.parse(readFileSync(join(root, SEEDED), 'utf8'));
    const at = '2024-03-01T10:00:00.000Z';
    map.workshop = {
      rounds: [{ id: 'r1', name: 'Opening vote', openedAt: at, closedAt: '2024-03-01T10:15:00.000Z' }],
      ratings: [
        { participant: 'p-ada', target: 'thesis', round: 'r1', stance: 'agree', confidence: 5, at },
        { participant: 'p-ben', target: 'thesis', round: 'r1', stance: 'disagree', confidence: 5, at },
      ],
    };
    const file = join(dir, 'rated.json');
    writeFileSync(file, JSON.stringify(map));
    const md = warrant('report', file);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Rated | Opening vote (closed) |');
    expect(md.stdout).toContain('±0.00 divided or neutral (1 agree, 1 disagree, mean confidence 5.0); **split**');
    expect(md.stdout).toContain('](data:image/svg+xml;base64,');
    expect(warrant('report', file, '-o', join(dir, 'rated.pdf')).code).toBe(0);
    expect(pdftotext(join(dir, 'rated.pdf'))).toContain('Opening vote (closed): ±0.00 divided or neutral (1 agree, 1 disagree, mean confidence 5.0), split');
  });

  it('reads any importable format, and refuses an output it cannot write', () => {
    const r = warrant('report', 'test/fixtures/smallMap.json', '-o', join(dir, 'small.md'), '--inline-figure');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'small.svg'))).toBe(false);
    expect(warrant('report', SEEDED, '-o', join(dir, 'report.docx'))).toMatchObject({ code: 1, stderr: expect.stringContaining('the report is written as .md (Markdown) or .pdf (PDF)') });
    expect(warrant('report', SEEDED, '-o', join(dir, 'missing', 'r.pdf'))).toMatchObject({ code: 1, stderr: expect.stringContaining('no such directory') });
  });
});

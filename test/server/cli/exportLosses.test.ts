import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/server';
import { LOSS_FORMATS } from '../../../core/formats/losses';
import { getServerExportFormats } from '../../../server/render/formats';

/** `warrant export` as a person runs it: the real command, its real stderr. */
const warrant = (...args: string[]) => spawnSync('node', [join(ROOT, 'bin/warrant.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const SEEDED = 'maps/csto-kazakhstan-2022.json';
const dir = mkdtempSync(join(tmpdir(), 'warrant-losses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warrant export says what the format leaves out', { timeout: 240_000 }, () => {
  it('Markdown: one warning line on stderr naming what the seeded map loses, the file still written', () => {
    const out = join(dir, 'seeded.md');
    const r = warrant('export', SEEDED, '--format', 'markdown', '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('warning: Markdown outline leaves out 24 argumentation schemes, 3 critical-question links, 1 source text, 62 source anchors and 11 comments; Warrant JSON keeps everything.\n');
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  });

  it('knows every format the CLI and the HTTP export write, but the critique report (a report, not a copy of the map)', () => {
    expect(getServerExportFormats().map((f) => f.id).filter((id) => !LOSS_FORMATS.includes(id))).toEqual(['report-pdf']);
  });

  it('AIF: a note (not a warning) that other AIF tools ignore what only Warrant reads', () => {
    const r = warrant('export', SEEDED, '--format', 'aif', '-o', join(dir, 'seeded.aif.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^note: AIF \(JSON\) keeps the title, .* 62 source anchors and 11 comments in fields only Warrant reads; other tools ignore them\.\n$/);
  });

  it('Warrant JSON: nothing on stderr', () => {
    const r = warrant('export', SEEDED, '--format', 'json', '-o', join(dir, 'seeded.json'));
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

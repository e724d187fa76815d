import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo } from '../../../server/cli/command';
import { main } from '../../../server/cli/main';
import { RICH_PATH } from '../../fixtures/render/cases';
import { EXPORT_OPTION_CASES, cliExpressible } from '../../helpers/exportOptionCases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

const dir = mkdtempSync(join(tmpdir(), 'warrant-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  const code = await main(argv, io);
  const stdout = Buffer.concat(out.map((o) => (typeof o === 'string' ? Buffer.from(o) : Buffer.from(o))));
  return { code, stdout, stderr: err.join('') };
}

describe('warrant export', { timeout: SLOW }, () => {
  it.each([
    ['svg', 'svg', '<?xml'],
    ['pdf', 'pdf', '%PDF-1.7'],
    ['png', 'png', '\x89PNG'],
    ['tikz', 'tex', '% Parking'],
    ['dot', 'dot', '// Parking'],
    ['mermaid', 'mmd', '%% Parking'],
    ['markdown', 'md', '# Parking'],
    ['json', 'json', '{'],
  ])('--format %s -o writes the file', async (format, ext, magic) => {
    const file = join(dir, `map.${ext}`);
    const r = await cli('export', RICH_PATH, '--format', format, '-o', file, '--legend');
    // The figures leave out the fixture's description and argument labels, and say so in one line.
    expect(r.stderr).toMatch(['json', 'markdown'].includes(format) ? /^$/ : /^warning: [^\n]+ leaves out the description and 2 argument labels; Warrant JSON keeps everything\.\n$/);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(new RegExp(`^wrote ${file.replace(/[.\\]/g, '\\$&')} `));
    expect(readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
  });

  it('writes to standard output without -o, binary included', async () => {
    const r = await cli('export', RICH_PATH, '--format', 'png', '--scale', '2', '--background', 'transparent');
    expect(r.code).toBe(0);
    expect(r.stdout.subarray(1, 4).toString()).toBe('PNG');
    const svg = await cli('export', RICH_PATH, '-f', 'svg');
    expect(svg.stdout.toString()).toContain('<svg');
  });

  it('takes the format from the output extension and honours --page', async () => {
    const file = join(dir, 'paper.pdf');
    expect((await cli('export', RICH_PATH, '-o', file, '--page', 'a4')).code).toBe(0);
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
  });

  it.each([
    [['export', RICH_PATH, '--format', 'gif'], /^warrant export: unknown format "gif" \(one of: json, svg, pdf, .*png.*\)\n$/],
    [['export', RICH_PATH], /^warrant export: choose a format with --format \(one of: .*\)\n$/],
    [['export', join(dir, 'missing.json'), '-f', 'svg'], /^warrant export: .*missing\.json: no such file\n$/],
    [['export', RICH_PATH, '-f', 'svg', '-o', join(dir, 'no/such/dir.svg')], /^warrant export: cannot write .*: no such directory\n$/],
    [['export'], /^warrant export: usage: warrant export <map>/],
  ])('fails with one line: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each(EXPORT_OPTION_CASES.filter((c) => c.error && cliExpressible(c)).map((c) => [JSON.stringify(c.values), c.values, c.error!] as const))(
    'refuses the options %s as the HTTP export does (the shared table)',
    async (_, values, message) => {
      const r = await cli('export', RICH_PATH, '-f', 'png', ...Object.entries(values).flatMap(([k, v]) => [`--${k}`, v]));
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`warrant export: ${message}\n`);
    },
  );

  it('--help lists every format with its extension', async () => {
    const r = await cli('export', '--help');
    expect(r.code).toBe(0);
    for (const f of ['json', 'svg', 'pdf', 'png', 'tikz', 'dot', 'mermaid', 'markdown']) expect(r.stdout.toString()).toMatch(new RegExp(`^  ${f} `, 'm'));
    expect(r.stdout.toString()).toContain('--background white|transparent');
  });
});

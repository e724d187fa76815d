import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `test/fixtures/semantics/${name}.json`;

/** Runs `warrant …` as a user would, from the repository root. */
function warrant(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/warrant.js', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = { id: string; text: string; label: string; why?: string };
const labels = (rows: readonly Row[]) => Object.fromEntries(rows.map((r) => [r.id, r.label]));

describe('warrant evaluate', () => {
  it('prints the grounded labelling as JSON', () => {
    const r = warrant('evaluate', fixture('bridge'), '--semantics', 'grounded', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      semantics: 'grounded',
      statements: [
        { id: 'a', text: 'Repair the bridge this year', label: 'IN' },
        { id: 'b', text: 'The budget is spent', label: 'OUT' },
        { id: 'c', text: 'Reserves were found', label: 'IN' },
      ],
    });
  });

  it.each([
    [['--semantics', 'preferred'], 'preferred', [{ tram: 'OUT', bus: 'IN', waste: 'IN' }, { tram: 'IN', bus: 'OUT', waste: 'IN' }]],
    [['--semantics', 'stable'], 'stable', [{ tram: 'OUT', bus: 'IN', waste: 'IN' }, { tram: 'IN', bus: 'OUT', waste: 'IN' }]],
    [['--semantics', 'preferred', '--accept', 'tram'], 'preferred', [{ tram: 'IN', bus: 'OUT', waste: 'IN' }]],
    [['--semantics', 'stable', '--reject', 'old,full'], 'stable', [{ tram: 'OUT', bus: 'IN', waste: 'IN' }]],
  ])('lists the extensions for %j', (args, semantics, expected) => {
    const r = warrant('evaluate', fixture('tram'), ...args, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { semantics: string; extensions: Row[][] };
    expect(out.semantics).toBe(semantics);
    expect(out.extensions.map(labels).map((l) => ({ tram: l.tram, bus: l.bus, waste: l.waste }))).toEqual(expected);
  });

  it('prints an empty list when there is no stable outcome', () => {
    const r = warrant('evaluate', fixture('odd-cycle'), '--semantics', 'stable', '--json');
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, { semantics: 'stable', extensions: [] }]);
  });

  it('explains each label with --explain, and honours what-if', () => {
    const r = warrant('evaluate', fixture('bridge'), '--json', '--explain', '--reject', 'c');
    const rows = (JSON.parse(r.stdout) as { statements: Row[] }).statements;
    expect(rows.map((x) => [x.id, x.label, x.why])).toEqual([
      ['a', 'OUT', 'OUT because it is attacked by “The budget is spent” (b), which is IN'],
      ['b', 'IN', 'IN because it stands as a premise and every attack on it fails: “Reserves were found” (c), which is OUT'],
      ['c', 'OUT', 'OUT: rejected by you (what-if)'],
    ]);
  });

  it('prints a readable table without --json', () => {
    const r = warrant('evaluate', fixture('tram'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Grounded labelling of “Tram or bus lane”: 5 IN, 0 OUT, 2 UNDEC');
    expect(r.stdout).toMatch(/^ {2}UNDEC {2}tram {3}The city should build the tram line$/m);
    expect(r.stdout).toMatch(/^ {2}IN {5}waste {2}The tram is a waste of money$/m);
  });

  it.each([
    [['--accept', 'tram,nobody'], /^warrant evaluate: --accept: .*tram\.json has no statement or inference with id "nobody"\n$/],
    [['--reject', 'x1,x2'], /^warrant evaluate: --reject: .* with id "x1", "x2"\n$/],
    [['--accept', 'tram', '--reject', 'tram'], /^warrant evaluate: "tram" cannot be both accepted and rejected\n$/],
    [['--semantics', 'ideal'], /^warrant evaluate: unknown semantics "ideal" \(one of: grounded, preferred, stable\)\n$/],
    [['--colour'], /^warrant evaluate: unknown option --colour\n$/],
  ])('refuses %j with one line and exit code 1', (args, message) => {
    const r = warrant('evaluate', fixture('tram'), ...args, '--json');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    [fixture('broken'), /^warrant evaluate: .*broken\.json: Invalid map: inferences\[0\]\.premises\[0\]: no statement with id "nobody"\n$/],
    ['test/fixtures/semantics/missing.json', /^warrant evaluate: .*missing\.json: no such file\n$/],
  ])('refuses the map %s', (path, message) => {
    const r = warrant('evaluate', path, '--json');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(message);
  });
});

describe('warrant lint', () => {
  it('prints the findings as JSON', () => {
    const r = warrant('lint', fixture('tram'), '--json');
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; target: string; message: string }[] };
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.target}`)).toEqual([
      'warning unsupported-claim cost',
      'warning unsupported-claim old',
      'warning unsupported-claim bus',
      'info unanswered-objection old-estimate',
      'info hidden-assumption waste-pro',
      'info unanchored-statement tram',
      'info unanchored-statement waste',
      'warning framing waste',
    ]);
    expect(findings.at(-1)!.message).toContain('(“"waste" already judges the spending”)');
  });

  it('prints a readable list, and exits 0 whatever it finds', () => {
    const r = warrant('lint', fixture('bridge'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^“The bridge”: 2 findings \(1 warning, 1 info\)\n\nwarning {2}unsupported-claim {2}a\n {2}“Repair the bridge this year” is a thesis/);
    expect(r.stdout).toMatch(/\ninfo {5}unanswered-objection {2}c-con\n {2}Nobody has answered the objection “Reserves were found”/);
  });

  it('refuses a broken map with exit code 1', () => {
    const r = warrant('lint', fixture('broken'), '--json');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^warrant lint: .*Invalid map/);
  });
});

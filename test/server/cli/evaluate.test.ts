import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEmptyMap } from '../../../core/model';
import { floatingChain } from '../../helpers/acceptanceCases';
import { sketch } from '../../core/semantics/sketch';
import { testStatement } from '../../helpers/ids';

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

describe('warrant evaluate: many outcomes', () => {
  /** k separate mutual attacks: 2^k preferred outcomes, in each exactly one of every pair IN. */
  const pairsMap = (k: number) => {
    const statements = [];
    const inferences = [];
    for (let i = 0; i < k; i++) {
      statements.push(testStatement({ id: `a${i}`, text: `Option A${i}` }), testStatement({ id: `b${i}`, text: `Option B${i}` }));
      inferences.push({ id: `x${i}`, premises: [`a${i}`], target: `b${i}`, polarity: 'attack' as const });
      inferences.push({ id: `y${i}`, premises: [`b${i}`], target: `a${i}`, polarity: 'attack' as const });
    }
    const file = join(mkdtempSync(join(tmpdir(), 'warrant-eval-')), 'pairs.json');
    writeFileSync(file, JSON.stringify({ ...createEmptyMap('Six choices'), statements, inferences }));
    return file;
  };
  const file = pairsMap(6);
  const outcome = (rows: readonly Row[]) => rows.filter((r) => r.label === 'IN').map((r) => r.id).sort().join(' ');
  const onePerPair = (rows: readonly Row[]) => [0, 1, 2, 3, 4, 5].every((i) => (labels(rows)[`a${i}`] === 'IN') !== (labels(rows)[`b${i}`] === 'IN'));

  it('prints the first 10 of 64 by default, says so, and says how to see more', () => {
    const r = warrant('evaluate', file, '--semantics', 'preferred', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { shown: number; total: number; extensions: Row[][] };
    expect([out.shown, out.total, out.extensions.length]).toEqual([10, 64, 10]);
    expect(out.extensions.every(onePerPair)).toBe(true);
    expect(r.stderr).toBe('note: showing the first 10 of 64 preferred outcomes; --limit <n> shows more, --all shows every one\n');
  });

  it('prints every outcome with --all, each a different way of taking sides', () => {
    const r = warrant('evaluate', file, '--semantics', 'stable', '--json', '--all');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { semantics: string; extensions: Row[][]; total?: number };
    expect(out.total).toBeUndefined();
    expect(out.extensions).toHaveLength(64);
    expect(out.extensions.every(onePerPair)).toBe(true);
    expect(new Set(out.extensions.map(outcome)).size).toBe(64);
  });

  it('honours --limit in the readable table', () => {
    const r = warrant('evaluate', file, '--semantics', 'preferred', '--limit', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^64 preferred outcomes for “Six choices” \(the first 3 below\)\n/);
    expect(r.stdout).toContain('Outcome 3 of 64');
    expect(r.stdout).not.toContain('Outcome 4 of 64');
  });

  it('stops at the time limit with a clear message and prints no outcome', () => {
    const r = warrant('evaluate', file, '--semantics', 'preferred', '--time-limit', '0.000001', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/listing every preferred outcome of this map takes too long \(stopped at the time limit of 0.001 ms\); use grounded semantics/);
  });

  it.each([
    [['--limit', '0'], '--limit needs a whole number above 0, got "0"'],
    [['--limit', 'many'], '--limit needs a whole number above 0, got "many"'],
    [['--time-limit', '-1'], '--time-limit needs a number above 0, got "-1"'],
    [['--all', '--limit', '3'], '--all and --limit do not go together'],
  ])('refuses %j with a one-line reason', (args, message) => {
    const r = warrant('evaluate', file, '--semantics', 'preferred', ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('warrant evaluate: acceptance per statement', () => {
  /** Floating reinstatements joined in a row (test/helpers/acceptanceCases.ts): 2^count preferred outcomes, one connected group. */
  const chainFile = (count: number) => {
    const file = join(mkdtempSync(join(tmpdir(), 'warrant-accept-')), `chain${count}.json`);
    writeFileSync(file, JSON.stringify({ ...sketch(floatingChain(count)), title: `Chain of ${count}` }));
    return file;
  };
  type AcceptanceRow = { id: string; text: string; acceptance: string };
  const verdicts = (rows: readonly AcceptanceRow[]) => Object.fromEntries(rows.map((r) => [r.id, r.acceptance]));

  it('with --acceptance agrees with the listed outcomes (--all) of the same map', () => {
    const file = chainFile(3);
    const listed = JSON.parse(warrant('evaluate', file, '--semantics', 'preferred', '--json', '--all').stdout) as { extensions: Row[][] };
    expect(listed.extensions).toHaveLength(8);
    const r = warrant('evaluate', file, '--semantics', 'preferred', '--acceptance', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { semantics: string; hasOutcome: boolean; acceptance: AcceptanceRow[] };
    expect([out.semantics, out.hasOutcome]).toEqual(['preferred', true]);
    for (const row of out.acceptance) {
      const ins = listed.extensions.map((e) => labels(e)[row.id] === 'IN');
      expect(row.acceptance, row.id).toBe(ins.every(Boolean) ? 'every' : ins.some(Boolean) ? 'some' : 'none');
    }
    expect(verdicts(out.acceptance)).toMatchObject({ a0: 'some', c1: 'none', d2: 'every' });
  });

  it('prints acceptance with a note when there are too many outcomes to list (2^30 in one group)', () => {
    const file = chainFile(30);
    const r = warrant('evaluate', file, '--semantics', 'preferred');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: this map has more than 500 preferred outcomes, too many to list; printing instead whether each statement is IN in every, some or no preferred outcome\n');
    expect(r.stdout).toMatch(/^Acceptance in the preferred outcomes of “Chain of 30”: 30 in every, 60 in some, 30 in none\n\n {2}every = IN in every preferred outcome \(sceptically accepted\)/);
    expect(r.stdout).toMatch(/\n {2}every {2}d29 +D29\n/);
    expect(r.stdout).toMatch(/\n {2}none {3}c0 +C0\n/);
    const json = JSON.parse(warrant('evaluate', file, '--semantics', 'preferred', '--json').stdout) as { acceptance: AcceptanceRow[] };
    expect(verdicts(json.acceptance)).toMatchObject({ a0: 'some', b29: 'some', c0: 'none', c29: 'none', d0: 'every', d29: 'every' });
  });

  it('says so when there is no stable outcome', () => {
    const r = warrant('evaluate', fixture('odd-cycle'), '--semantics', 'stable', '--acceptance');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No stable outcome for /);
    const json = JSON.parse(warrant('evaluate', fixture('odd-cycle'), '--semantics', 'stable', '--acceptance', '--json').stdout) as { hasOutcome: boolean; acceptance: AcceptanceRow[] };
    expect(json.hasOutcome).toBe(false);
    expect(new Set(json.acceptance.map((a) => a.acceptance))).toEqual(new Set(['none']));
  });

  it.each([
    [[], '--acceptance needs --semantics preferred or stable'],
    [['--semantics', 'preferred', '--limit', '3'], '--acceptance prints one line per statement, not outcomes'],
    [['--semantics', 'preferred', '--explain'], '--explain explains the labels of listed outcomes'],
  ])('refuses --acceptance with %j with a one-line reason', (args, message) => {
    const r = warrant('evaluate', fixture('tram'), '--acceptance', ...args);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(message);
  });
});

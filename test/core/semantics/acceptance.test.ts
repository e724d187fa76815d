import { describe, expect, it } from 'vitest';
import { type Acceptance, EvaluationError, acceptance, evaluate } from '../../../core/semantics';
import { floatingChain } from '../../helpers/acceptanceCases';
import { dungExtensions, randomFramework } from '../../helpers/dungOracle';
import { createRng } from '../../helpers/rng';
import { sketch } from './sketch';

/**
 * Credulous / sceptical acceptance ("IN in some / every outcome") without listing outcomes.
 * Oracles: Dung's extensions by brute force over all subsets (test/helpers/dungOracle.ts) on
 * random frameworks, and the full list of outcomes from evaluate() on random maps with
 * supports, linked premises and undercuts. Each is run three ways: listing small groups,
 * splitting every preferred group at its unattacked components (listPart 0), and the
 * whole-group search alone (listPart 0, split off).
 */
const verdict = (inAll: boolean, inSome: boolean): Acceptance => (inAll ? 'every' : inSome ? 'some' : 'none');
const ways = [{ listPart: 256 }, { listPart: 0 }, { listPart: 0, split: false }] as const;

function expectDung(n: number, attacks: readonly (readonly [number, number])[]) {
  const map = sketch(attacks.map(([a, b]) => `s${a} -x s${b}`), { with: Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, {}])) });
  const want = dungExtensions(n, attacks);
  for (const semantics of ['preferred', 'stable'] as const) {
    const exts = want[semantics];
    const expected = Array.from({ length: n }, (_, x) => verdict(exts.length > 0 && exts.every((e) => e & (1 << x)), exts.some((e) => e & (1 << x))));
    for (const limits of ways) {
      const got = acceptance(map, { semantics, limits });
      expect(got.hasOutcome, `${semantics} ${JSON.stringify(limits)}`).toBe(exts.length > 0);
      expect(Array.from({ length: n }, (_, x) => got.statements.get(`s${x}`)), `${semantics} ${JSON.stringify(limits)}`).toEqual(expected);
    }
  }
}

describe('acceptance agrees with brute-force Dung', () => {
  const next = createRng(7_13).next;
  const cases = Array.from({ length: 200 }, (_, k) => [k, randomFramework(next, { maxArgs: 9, selfAttack: 0.15 })] as const);
  it.each(cases)('framework %i', (_, { n, attacks }) => expectDung(n, attacks));
});

describe('acceptance agrees with brute-force Dung on larger sparse frameworks (one or two big groups)', () => {
  const next = createRng(13_1203).next;
  // Sparse on purpose: many preferred outcomes, and groups with unattacked components to split at.
  const cases = Array.from({ length: 40 }, (_, k) => {
    const n = 10 + Math.floor(next() * 4);
    const density = 0.06 + next() * 0.1;
    const attacks: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (next() < (a === b ? 0.03 : density)) attacks.push([a, b]);
    return [k, n, attacks] as const;
  });
  it.each(cases)('framework %i (%i arguments)', (_, n, attacks) => expectDung(n, attacks));
});

describe('acceptance agrees with the listed outcomes on maps beyond Dung', () => {
  const rng = createRng(2026_12_02);
  const cases = Array.from({ length: 150 }, (_, k) => {
    const n = 3 + rng.int(7);
    const relations: string[] = [];
    for (let i = 0; i < n + rng.int(n); i++) {
      const a = rng.int(n);
      const b = rng.int(n);
      const premises = rng.chance(0.25) && a !== (a + 1) % n ? `s${a},s${(a + 1) % n}` : `s${a}`;
      if (rng.chance(0.2) && relations.length) relations.push(`u${i}: ${premises} -x r${rng.int(relations.length)}`);
      else if (rng.chance(0.35) && !premises.split(',').includes(`s${b}`)) relations.push(`r${relations.length}: ${premises} -> s${b}`);
      else relations.push(`r${relations.length}: ${premises} -x s${b}`);
    }
    // Undercuts must name an inference that exists: keep only those that do.
    const ids = new Set(relations.map((r) => r.split(':')[0]));
    return [k, relations.filter((r) => !/-x r\d+$/.test(r) || ids.has(r.split(' -x ')[1]))] as const;
  });
  // listPart 0: every group is settled by the statement-by-statement search, never by listing.
  it.each(cases)('map %i', (_, relations) => {
    const map = sketch(relations);
    for (const [semantics, limits] of (['preferred', 'stable'] as const).flatMap((k) => ways.map((w) => [k, w] as const))) {
      const outcomes = evaluate(map, { semantics });
      const got = acceptance(map, { semantics, limits });
      expect(got.hasOutcome).toBe(outcomes.length > 0);
      for (const s of map.statements) {
        const labels = outcomes.map((o) => o.statements.get(s.id));
        expect(got.statements.get(s.id), `${semantics} ${s.id}`).toBe(verdict(labels.length > 0 && labels.every((l) => l === 'IN'), labels.includes('IN')));
      }
    }
  });
});

describe('acceptance where listing outcomes gives up', () => {
  it('forty separate mutual attacks (2^40 outcomes): every statement is IN in some outcome, none in every', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`]).flat();
    const map = sketch(pairs);
    expect(() => evaluate(map, { semantics: 'preferred' })).toThrow(EvaluationError);
    const got = acceptance(map, { semantics: 'preferred' });
    expect(new Set(got.statements.values())).toEqual(new Set(['some']));
    expect(got.statements.size).toBe(80);
  });

  it('thirty floating reinstatements (2^30 outcomes): c is IN in no outcome and d in every one', () => {
    // a_i ⇄ b_i, both attack c_i, c_i attacks d_i; d_(i-1) attacks c_i in the first five, which makes them one group of 32 outcomes.
    const relations = floatingChain;
    const map = sketch(relations(30, 5));
    expect(() => evaluate(map, { semantics: 'preferred' })).toThrow(EvaluationError);
    for (const listPart of [256, 0]) {
      const got = acceptance(map, { semantics: 'preferred', limits: { listPart } });
      for (let i = 0; i < 30; i++) {
        expect(got.statements.get(`c${i}`)).toBe('none');
        expect(got.statements.get(`d${i}`)).toBe('every');
        expect(got.statements.get(`a${i}`)).toBe('some');
      }
    }
    // The joined group alone, short enough to list, against its listed outcomes.
    const short = sketch(relations(5, 5));
    const outcomes = evaluate(short, { semantics: 'preferred' });
    expect(outcomes).toHaveLength(32);
    const small = acceptance(short, { semantics: 'preferred', limits: { listPart: 0 } });
    for (const s of short.statements) {
      const labels = outcomes.map((o) => o.statements.get(s.id));
      expect(small.statements.get(s.id)).toBe(verdict(labels.every((l) => l === 'IN'), labels.includes('IN')));
    }
  });

  it('one group of thirty joined floating reinstatements (2^30 outcomes): answered by splitting; the whole-group search alone gives up', () => {
    const map = sketch(floatingChain(30));
    expect(() => evaluate(map, { semantics: 'preferred' })).toThrow(EvaluationError);
    const got = acceptance(map, { semantics: 'preferred' });
    for (let i = 0; i < 30; i++) {
      expect([got.statements.get(`a${i}`), got.statements.get(`b${i}`), got.statements.get(`c${i}`), got.statements.get(`d${i}`)]).toEqual(['some', 'some', 'none', 'every']);
    }
    expect(() => acceptance(map, { semantics: 'preferred', limits: { split: false, maxSteps: 5_000, maxMs: Infinity } })).toThrow(/too many undecided conflicts/);
  });

  it('stops with a clear error past its step limit', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`]).flat();
    expect(() => acceptance(sketch(pairs), { semantics: 'preferred', limits: { maxSteps: 10, listPart: 0 } })).toThrow(/too many undecided conflicts to settle every statement/);
  });
});

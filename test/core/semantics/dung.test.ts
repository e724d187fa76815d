import { describe, expect, it } from 'vitest';
import { type Labelling, evaluate } from '../../../core/semantics';
import { sketch } from './sketch';
import { dungExtensions } from '../../helpers/dungOracle';

/**
 * A map made only of single-premise attacks is a Dung framework; evaluate() must then agree
 * with Dung's definitions, computed the slow, obvious way over every subset of arguments
 * (test/helpers/dungOracle.ts).
 */
const labelsOf = (n: number, l: Labelling) => Array.from({ length: n }, (_, x) => l.statements.get(`s${x}`)).join(' ');

/** mulberry32: small, seeded, good enough to pick frameworks. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('agreement with Dung on random frameworks', () => {
  const next = random(20240611);
  const cases = Array.from({ length: 300 }, (_, k) => {
    const n = 1 + Math.floor(next() * 8);
    const density = 0.1 + next() * 0.3;
    const attacks: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (next() < density) attacks.push([a, b]);
    return [k, n, attacks] as const;
  });

  it.each(cases)('framework %i (%i arguments)', (_, n, attacks) => {
    const map = sketch(
      attacks.map(([a, b]) => `s${a} -x s${b}`),
      { with: Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, {}])) },
    );
    const want = dungExtensions(n, attacks);
    expect(labelsOf(n, evaluate(map))).toBe(want.labels(want.grounded[0]));
    for (const semantics of ['preferred', 'stable'] as const) {
      const got = evaluate(map, { semantics }).map((l) => labelsOf(n, l)).sort();
      expect(got, semantics).toEqual(want[semantics].map(want.labels).sort());
    }
  });
});

import { describe, expect, it } from 'vitest';
import { type ArgumentMap, type Inference, createEmptyMap } from '../../../core/model';
import { type Labelling, evaluate } from '../../../core/semantics';
import { compileProgram, derive } from '../../../core/semantics/program';
import { testInference, testStatement } from '../../helpers/ids';

/**
 * Maps with support, linked premises, undercuts and what-ifs, checked against the definition:
 * every set X of attack inferences is tried; it gives a complete labelling when
 * T = Γ(not Γ(not X)) gives back X and lies within Γ(not X). Grounded must be the one with the
 * fewest IN, preferred those with the most, stable those with nothing UNDEC.
 */
function byDefinition(map: ArgumentMap, accept: string[], reject: string[]) {
  const p = compileProgram(map, accept, reject);
  const labellings: string[][] = [];
  const ins: Set<number>[] = [];
  for (let bits = 0; bits < 1 << p.defeaters.length; bits++) {
    const x = new Set(p.defeaters.filter((_, k) => bits & (1 << k)));
    const mightHold = derive(p, (a) => !x.has(a));
    const holds = derive(p, (a) => !mightHold[a]);
    if (!p.defeaters.every((a) => !!holds[a] === x.has(a)) || !holds.every((h, i) => !h || mightHold[i])) continue;
    labellings.push(p.ids.map((id, i) => `${id}=${holds[i] ? 'IN' : mightHold[i] ? 'UNDEC' : 'OUT'}`));
    ins.push(new Set(p.ids.map((_, i) => i).filter((i) => holds[i])));
  }
  const sub = (a: Set<number>, b: Set<number>) => [...a].every((v) => b.has(v));
  const pick = (keep: (i: number) => boolean) => labellings.filter((_, i) => keep(i)).map((l) => l.join(' ')).sort();
  return {
    grounded: pick((i) => ins.every((other) => sub(ins[i], other))),
    preferred: pick((i) => !ins.some((other) => other.size > ins[i].size && sub(ins[i], other))),
    stable: pick((i) => !labellings[i].some((l) => l.endsWith('UNDEC'))),
  };
}

const show = (map: ArgumentMap, l: Labelling) =>
  [...map.statements.map((s) => `${s.id}=${l.statements.get(s.id)}`), ...map.inferences.map((i) => `${i.id}=${l.inferences.get(i.id)}`)].join(' ');

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMap(next: () => number): { map: ArgumentMap; accept: string[]; reject: string[] } {
  const n = 2 + Math.floor(next() * 6);
  const ids = Array.from({ length: n }, (_, i) => `s${i}`);
  const inferences: Inference[] = [];
  const count = Math.floor(next() * (n + 4));
  for (let k = 0; k < count; k++) {
    const premises = [...new Set(Array.from({ length: next() < 0.3 ? 2 : 1 }, () => ids[Math.floor(next() * n)]))];
    const undercut = inferences.length > 0 && next() < 0.2;
    const target = undercut ? inferences[Math.floor(next() * inferences.length)].id : ids[Math.floor(next() * n)];
    if (premises.includes(target)) continue;
    inferences.push(testInference({ id: `i${k}`, premises, target, polarity: undercut || next() < 0.55 ? 'attack' : 'support' }));
  }
  const all = [...ids, ...inferences.map((i) => i.id)];
  const chosen = next() < 0.3 ? all[Math.floor(next() * all.length)] : undefined;
  const accept = chosen && next() < 0.5 ? [chosen] : [];
  const reject = chosen && !accept.length ? [chosen] : [];
  return { map: { ...createEmptyMap('random'), statements: ids.map((id) => testStatement({ id })), inferences }, accept, reject };
}

describe('agreement with the definition on random general maps', () => {
  const next = random(7_2024);
  const cases = Array.from({ length: 400 }, (_, k) => [k, randomMap(next)] as const);

  it.each(cases)('map %i', (_, { map, accept, reject }) => {
    const want = byDefinition(map, accept, reject);
    expect([show(map, evaluate(map, { accept, reject }))], 'grounded').toEqual(want.grounded);
    for (const semantics of ['preferred', 'stable'] as const) {
      expect(evaluate(map, { semantics, accept, reject }).map((l) => show(map, l)).sort(), semantics).toEqual(want[semantics]);
    }
  });
});

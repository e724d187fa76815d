import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../../core/model';
import { EvaluationError, type Labelling, type Semantics, evaluate } from '../../../core/semantics';
import { sketch } from './sketch';

/** "a IN, b OUT" → the labels of those statements, as sorted "id=LABEL" strings. */
const parseLabels = (text: string) => text.split(',').map((s) => s.trim().replace(/\s+/, '=')).sort();
const pick = (l: Labelling, ids: readonly string[]) => ids.map((id) => `${id}=${l.statements.get(id) ?? l.inferences.get(id)}`).sort();
const idsOf = (expected: string[]) => expected.map((e) => e.split('=')[0]);

/** Checks one semantics: `expected` is "a IN, b OUT", or alternatives joined by "|", or "none". */
function expectLabels(map: ArgumentMap, semantics: Semantics, expected: string, what: { accept?: string[]; reject?: string[] } = {}) {
  if (semantics === 'grounded') {
    const want = parseLabels(expected);
    expect(pick(evaluate(map, { ...what, semantics }), idsOf(want))).toEqual(want);
    return;
  }
  const wants = expected.trim() === 'none' ? [] : expected.split('|').map(parseLabels);
  const got = evaluate(map, { ...what, semantics });
  const ids = wants[0] ? idsOf(wants[0]) : [];
  expect(got.map((l) => pick(l, ids).join(' ')).sort()).toEqual(wants.map((w) => w.join(' ')).sort());
}

describe('worked examples in docs/semantics.md', () => {
  const doc = readFileSync(new URL('../../../docs/semantics.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```example\n([\s\S]*?)```/g)].map((m) => m[1].trim().split('\n'));
  it('has the worked examples', () => expect(blocks.length).toBeGreaterThanOrEqual(10));

  it.each(blocks.map((lines, i) => [i + 1, lines] as const))('example block %i', (_, lines) => {
    const relations = lines.filter((l) => / (->|-x) /.test(l));
    const directives = new Map<string, string>();
    const texts: Record<string, { text: string }> = {};
    for (const line of lines.filter((l) => !relations.includes(l))) {
      const [, key, value] = /^([\w.-]+):\s*(.*)$/.exec(line)!;
      if (['grounded', 'preferred', 'stable', 'accept', 'reject'].includes(key)) directives.set(key, value);
      else texts[key] = { text: value };
    }
    const map = sketch(relations, { with: texts });
    const what = { accept: directives.get('accept')?.split(','), reject: directives.get('reject')?.split(',') };
    for (const semantics of ['grounded', 'preferred', 'stable'] as const) {
      if (directives.has(semantics)) expectLabels(map, semantics, directives.get(semantics)!, what);
    }
  });
});

describe('textbook frameworks (single-premise attacks only: Dung)', () => {
  it.each([
    ['chain a ← b ← c (reinstatement)', ['b -x a', 'c -x b'], 'a IN, b OUT, c IN', 'a IN, b OUT, c IN', 'a IN, b OUT, c IN'],
    ['mutual attack', ['a -x b', 'b -x a'], 'a UNDEC, b UNDEC', 'a IN, b OUT | a OUT, b IN', 'a IN, b OUT | a OUT, b IN'],
    ['odd cycle of 3', ['a -x b', 'b -x c', 'c -x a'], 'a UNDEC, b UNDEC, c UNDEC', 'a UNDEC, b UNDEC, c UNDEC', 'none'],
    ['self-attack', ['a -x a', 'a -x b'], 'a UNDEC, b UNDEC', 'a UNDEC, b UNDEC', 'none'],
    ['self-attacker defeated', ['c -x a', 'a -x a', 'a -x b'], 'a OUT, b IN, c IN', 'a OUT, b IN, c IN', 'a OUT, b IN, c IN'],
    ['even cycle of 4', ['a -x b', 'b -x c', 'c -x d', 'd -x a'], 'a UNDEC, b UNDEC, c UNDEC, d UNDEC',
      'a IN, b OUT, c IN, d OUT | a OUT, b IN, c OUT, d IN', 'a IN, b OUT, c IN, d OUT | a OUT, b IN, c OUT, d IN'],
    ['odd cycle broken from outside', ['d -x a', 'a -x b', 'b -x c', 'c -x a'], 'a OUT, b IN, c OUT, d IN', 'a OUT, b IN, c OUT, d IN', 'a OUT, b IN, c OUT, d IN'],
    ['odd cycle beside an even one', ['a -x b', 'b -x c', 'c -x a', 'd -x e', 'e -x d'], 'a UNDEC, d UNDEC',
      'a UNDEC, d IN, e OUT | a UNDEC, d OUT, e IN', 'none'],
    ['preferred but not stable: a ↔ b, b → c, c → c', ['a -x b', 'b -x a', 'b -x c', 'c -x c'], 'a UNDEC, b UNDEC, c UNDEC',
      'a IN, b OUT, c UNDEC | a OUT, b IN, c OUT', 'a OUT, b IN, c OUT'],
    ['floating reinstatement', ['a -x b', 'b -x a', 'a -x c', 'b -x c', 'c -x d'], 'c UNDEC, d UNDEC', 'a IN, c OUT, d IN | a OUT, c OUT, d IN',
      'a IN, c OUT, d IN | a OUT, c OUT, d IN'],
    ['Dung 1995, Nixon diamond with a third party', ['a -x b', 'b -x a', 'b -x c'], 'a UNDEC, b UNDEC, c UNDEC',
      'a IN, b OUT, c IN | a OUT, b IN, c OUT', 'a IN, b OUT, c IN | a OUT, b IN, c OUT'],
  ])('%s', (_, relations, grounded, preferred, stable) => {
    const map = sketch(relations);
    expectLabels(map, 'grounded', grounded);
    expectLabels(map, 'preferred', preferred);
    expectLabels(map, 'stable', stable);
  });
});

describe('support, linked premises and undercuts', () => {
  it.each([
    ['support chain', ['a -> b', 'b -> c', 'c -> d'], 'a IN, b IN, c IN, d IN'],
    ['support chain cut at the root', ['a -> b', 'b -> c', 'x -x a'], 'a OUT, b OUT, c OUT, x IN'],
    ['one of two supports fails, the other holds', ['a -> c', 'b -> c', 'x -x a'], 'a OUT, b IN, c IN'],
    ['attacked despite support', ['a -> c', 'x -x c'], 'a IN, c OUT, x IN'],
    ['linked premises, one OUT', ['i: a, b -> c', 'x -x b'], 'a IN, b OUT, i OUT, c OUT'],
    ['linked attack, one premise OUT: the attack fails', ['k: a, b -x c', 'x -x b'], 'a IN, b OUT, k OUT, c IN'],
    ['linked attack, all premises IN', ['k: a, b -x c'], 'k IN, c OUT'],
    ['undercut of a support', ['i: e -> a', 'k: u -x i'], 'e IN, u IN, i OUT, a OUT'],
    ['undercut of an undercut restores the inference', ['i: e -> a', 'k: u -x i', 'm: v -x k'], 'i IN, k OUT, a IN'],
    ['three undercuts deep', ['i: e -> a', 'k: u -x i', 'm: v -x k', 'w -x m'], 'i OUT, k IN, m OUT, a OUT'],
    ['undercut of an attack: the attack no longer carries', ['k: b -x a', 'u -x k'], 'a IN, b IN, k OUT'],
    ['undercut whose premise is OUT does nothing', ['i: e -> a', 'k: u -x i', 'x -x u'], 'u OUT, k OUT, i IN, a IN'],
    ['undercut that is UNDEC leaves the step UNDEC', ['i: e -> a', 'k: u -x i', 'u -x v', 'v -x u'], 'e IN, i UNDEC, a UNDEC'],
    ['circular support with an attack from outside', ['a -> b', 'b -> a', 'c -x a'], 'a OUT, b OUT'],
    ['circular support with an outside reason', ['a -> b', 'b -> c', 'c -> a', 'e -> b'], 'a IN, b IN, c IN'],
    ['support that attacks itself through a circle', ['a -> b', 'b -x a'], 'a UNDEC, b UNDEC'],
  ])('%s', (_, relations, grounded) => expectLabels(sketch(relations), 'grounded', grounded));

  it('gives no stable outcome when support closes an odd loop, and one preferred with everything UNDEC', () => {
    const map = sketch(['a -> b', 'b -x a']);
    expectLabels(map, 'stable', 'none');
    expectLabels(map, 'preferred', 'a UNDEC, b UNDEC');
  });
});

describe('what-if: accept and reject', () => {
  it.each([
    ['accept one side of a mutual attack', ['a -x b', 'b -x a'], { accept: ['a'] }, 'a IN, b OUT'],
    ['accept an attacked statement: it stays IN', ['b -x a'], { accept: ['a'] }, 'a IN, b IN'],
    ['reject a leaf: what it attacked comes back', ['b -x a', 'c -x b'], { reject: ['c'] }, 'a OUT, b IN, c OUT'],
    ['reject a premise: the support fails', ['a -> c'], { reject: ['a'] }, 'a OUT, c OUT'],
    ['reject an inference: the step fails', ['i: a -> c'], { reject: ['i'] }, 'a IN, i OUT, c OUT'],
    ['accept an undercut step', ['i: e -> a', 'k: u -x i', 'm: v -x k'], { accept: ['k'] }, 'i OUT, a OUT'],
    ['accept breaks an odd cycle', ['a -x b', 'b -x c', 'c -x a'], { accept: ['a'] }, 'a IN, b OUT, c IN'],
  ])('%s', (_, relations, what, grounded) => expectLabels(sketch(relations), 'grounded', grounded, what));

  it('keeps the choices on the labelling', () => {
    const l = evaluate(sketch(['a -x b']), { accept: ['b'], reject: ['a'] });
    expect([l.accepted, l.rejected]).toEqual([['b'], ['a']]);
  });

  it.each([
    [{ accept: ['zz'] }, /accept: there is no statement or inference with id "zz"/],
    [{ reject: ['a', 'q'] }, /reject: there is no statement or inference with id "q"/],
    [{ accept: ['a'], reject: ['a'] }, /"a" cannot be both accepted and rejected/],
  ])('refuses %j', (what, message) => {
    expect(() => evaluate(sketch(['a -x b']), what)).toThrow(EvaluationError);
    expect(() => evaluate(sketch(['a -x b']), what)).toThrow(message);
  });
});

describe('search limits', () => {
  const pairs = (k: number) => sketch(Array.from({ length: k }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`]).flat());
  /** k mutual attacks whose a-sides all attack c: one connected conflict with 2^k outcomes. */
  const star = (k: number) => sketch(Array.from({ length: k }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`, `a${i} -x c`]).flat());

  it.each([
    ['separate conflicts', pairs(6)],
    ['one connected conflict', star(6)],
  ])('lists every outcome of %s', (_, map) => {
    expect(evaluate(map, { semantics: 'preferred' })).toHaveLength(64);
    expect(evaluate(map, { semantics: 'stable' })).toHaveLength(64);
    expect(new Set(evaluate(map, { semantics: 'preferred' }).map((l) => [...l.statements.values()].join())).size).toBe(64);
  });

  it.each([
    ['preferred', star(12), { maxSteps: 50 }, /^this map has too many undecided conflicts to list every preferred outcome \(gave up after 50 steps\); use grounded semantics/],
    ['stable', star(12), { maxResults: 10 }, /^this map has more than 10 stable outcomes, too many to list/],
    ['preferred', pairs(12), { maxResults: 100 }, /^this map has more than 100 preferred outcomes, too many to list/],
  ] as const)('gives up on %s with a clear message', (semantics, map, limits, message) => {
    expect(() => evaluate(map, { semantics, limits })).toThrow(message);
  });

  it('settles a big map of separate conflicts quickly within the default limits', () => {
    expect(evaluate(pairs(8), { semantics: 'preferred' })).toHaveLength(256);
  });
});

import { describe, expect, it } from 'vitest';
import { type ArgumentMap } from '../../../core/model';
import { type MapOp, type StructureResult, applyMapOps, deleteItems, joinPremises, relate, retarget, splitInference, undercut } from '../../../core/ops';
import { applyOps, createDocFromMap, readMap } from '../../../core/sync';
import { notationMap, toNotation } from '../../helpers/mapNotation';
import { iid } from '../../helpers/ids';

/** Writes ops through a real Y.Doc and reads the map back; the pure model must agree with it. */
function write(map: ArgumentMap, ops: MapOp[]): string[] {
  const doc = createDocFromMap(map);
  applyOps(doc, ops);
  const { map: back, problems } = readMap(doc);
  expect(problems).toEqual([]);
  expect(toNotation(applyMapOps(map, ops))).toEqual(toNotation(back));
  return toNotation(back);
}

const ids = () => {
  let n = 0;
  return () => iid(`n${++n}`);
};

interface Case {
  readonly name: string;
  readonly map: string[];
  readonly run: (map: ArgumentMap) => StructureResult;
  /** The relations and comments after, or the reason it is refused. */
  readonly after: string[] | RegExp;
}

function runCases(cases: readonly Case[]) {
  it.each(cases)('$name', ({ map: lines, run, after }) => {
    const map = notationMap(lines, ['a', 'b', 'c', 's', 't', 'u', 'v', 'w']);
    const result = run(map);
    if (after instanceof RegExp) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(after);
    } else {
      expect(result.ok ? '' : result.reason).toBe('');
      if (result.ok) expect(write(map, result.ops)).toEqual([...after].sort());
    }
  });
}

describe('join', () => {
  const join = (...s: string[]) => (m: ArgumentMap) => joinPremises(m, s);
  runCases([
    { name: 'two reasons become linked co-premises', map: ['i1: a > t', 'i2: b > t'], run: join('a', 'b'), after: ['i1: a b > t'] },
    { name: 'an undercut of the merged inference moves to the one kept (was deleted)', map: ['i1: a > t', 'i2: b > t', 'u1: u x i2'], run: join('a', 'b'), after: ['i1: a b > t', 'u1: u x i1'] },
    { name: 'an undercut of the kept inference stays', map: ['i1: a > t', 'i2: b > t', 'u1: u x i1'], run: join('a', 'b'), after: ['i1: a b > t', 'u1: u x i1'] },
    { name: 'undercuts of both end on the joined inference', map: ['i1: a > t', 'i2: b > t', 'u1: u x i1', 'u2: v x i2'], run: join('a', 'b'), after: ['i1: a b > t', 'u1: u x i1', 'u2: v x i1'] },
    { name: 'an undercut of a moved undercut stays on it', map: ['i1: a > t', 'i2: b > t', 'u1: u x i2', 'w1: w x u1'], run: join('a', 'b'), after: ['i1: a b > t', 'u1: u x i1', 'w1: w x u1'] },
    { name: 'comments on the merged inference move with it', map: ['i1: a > t', 'i2: b > t', 'c1 @ i2', 'c2 @ i1'], run: join('a', 'b'), after: ['i1: a b > t', 'c1 @ i1', 'c2 @ i1'] },
    { name: 'a reason joins an existing linked argument', map: ['i1: a b > t', 'i2: c > t', 'u1: u x i2'], run: join('a', 'c'), after: ['i1: a b c > t', 'u1: u x i1'] },
    { name: 'objections join too', map: ['i1: a x t', 'i2: b x t', 'u1: u x i2'], run: join('a', 'b'), after: ['i1: a b x t', 'u1: u x i1'] },
    { name: 'two undercutters of one inference join', map: ['i1: a > t', 'u1: u x i1', 'u2: v x i1', 'w1: w x u2'], run: join('u', 'v'), after: ['i1: a > t', 'u1: u v x i1', 'w1: w x u1'] },
    { name: 'relations to other statements are untouched', map: ['i1: a > t', 'i2: b > t', 'i3: a > s', 'u1: u x i3'], run: join('a', 'b'), after: ['i1: a b > t', 'i3: a > s', 'u1: u x i3'] },
    { name: 'a reason and an objection cannot join', map: ['i1: a > t', 'i2: b x t'], run: join('a', 'b'), after: /all support \(or all attack\)/ },
    { name: 'one statement cannot join', map: ['i1: a > t'], run: join('a'), after: /two or more/ },
    { name: 'already joined statements are told so', map: ['i1: a b > t'], run: join('a', 'b'), after: /already co-premises/ },
  ]);
});

describe('split', () => {
  const split = (id: string) => (m: ArgumentMap) => splitInference(m, id, ids());
  runCases([
    { name: 'a linked argument becomes one reason per premise', map: ['i1: a b > t'], run: split('i1'), after: ['i1: a > t', 'n1: b > t'] },
    { name: 'its undercut stays on the first premise’s inference', map: ['i1: a b > t', 'u1: u x i1'], run: split('i1'), after: ['i1: a > t', 'n1: b > t', 'u1: u x i1'] },
    { name: 'an undercut of its undercut is untouched', map: ['i1: a b c > t', 'u1: u x i1', 'w1: w x u1'], run: split('i1'), after: ['i1: a > t', 'n1: b > t', 'n2: c > t', 'u1: u x i1', 'w1: w x u1'] },
    { name: 'an objection splits into objections', map: ['i1: a b x t'], run: split('i1'), after: ['i1: a x t', 'n1: b x t'] },
    { name: 'a linked undercut splits into undercuts', map: ['i1: a > t', 'u1: u v x i1'], run: split('u1'), after: ['i1: a > t', 'u1: u x i1', 'n1: v x i1'] },
    { name: 'comments stay', map: ['i1: a b > t', 'c1 @ i1'], run: split('i1'), after: ['i1: a > t', 'n1: b > t', 'c1 @ i1'] },
    { name: 'one premise: nothing to split', map: ['i1: a > t'], run: split('i1'), after: /nothing to split/ },
    { name: 'a missing inference is refused', map: ['i1: a > t'], run: split('zz'), after: /Select a linked argument/ },
  ]);
});

describe('relate and undercut', () => {
  const rel = (p: string, t: string, c: 'support' | 'attack' | 'join') => (m: ArgumentMap) => relate(m, p, t, c, ids());
  runCases([
    { name: 'a new reason', map: ['i1: a > t'], run: rel('b', 't', 'support'), after: ['i1: a > t', 'n1: b > t'] },
    { name: 'a new objection', map: ['i1: a > t'], run: rel('a', 't', 'attack'), after: ['i1: a > t', 'n1: a x t'] },
    { name: 'dropped on a joint with join: a co-premise', map: ['i1: a > t', 'u1: u x i1'], run: rel('b', 'i1', 'join'), after: ['i1: a b > t', 'u1: u x i1'] },
    { name: 'dropped on a joint with attack: an undercut', map: ['i1: a > t'], run: rel('u', 'i1', 'attack'), after: ['i1: a > t', 'n1: u x i1'] },
    { name: 'an undercut of an undercut', map: ['i1: a > t', 'u1: u x i1'], run: (m) => undercut(m, iid('u1'), 'w', ids()), after: ['i1: a > t', 'u1: u x i1', 'n1: w x u1'] },
    { name: 'an inference cannot be supported', map: ['i1: a > t'], run: rel('b', 'i1', 'support'), after: /only be attacked/ },
    { name: 'join on a statement is refused', map: ['i1: a > t'], run: rel('b', 't', 'join'), after: /joint/ },
    { name: 'a statement cannot support itself', map: ['i1: a > t'], run: rel('t', 't', 'support'), after: /itself/ },
    { name: 'a statement may attack itself (a Dung self-attack)', map: ['i1: a > t'], run: rel('t', 't', 'attack'), after: ['i1: a > t', 'n1: t x t'] },
    { name: 'a conclusion cannot join its own argument', map: ['i1: a > t'], run: rel('t', 'i1', 'join'), after: /itself/ },
    { name: 'a premise is not joined twice', map: ['i1: a b > t'], run: rel('a', 'i1', 'join'), after: /already a premise/ },
    { name: 'the same relation twice is refused', map: ['i1: a > t'], run: rel('a', 't', 'support'), after: /already exists/ },
    { name: 'a relation to a deleted statement is refused', map: ['i1: a > t'], run: rel('a', 'gone', 'support'), after: /no longer exists/ },
    { name: 'an undercut of a deleted relation is refused', map: ['i1: a > t'], run: (m) => undercut(m, iid('gone'), 'a', ids()), after: /Select a relation/ },
  ]);
});

describe('re-target', () => {
  runCases([
    { name: 'a reason moves to another statement, its undercut with it', map: ['i1: a > t', 'i2: s > t', 'u1: u x i1'], run: (m) => retarget(m, iid('i1'), 's'), after: ['i1: a > s', 'i2: s > t', 'u1: u x i1'] },
    { name: 'an undercut moves to another inference', map: ['i1: a > t', 'i2: b > t', 'u1: u x i1'], run: (m) => retarget(m, iid('u1'), 'i2'), after: ['i1: a > t', 'i2: b > t', 'u1: u x i2'] },
    { name: 'a support cannot point at an inference', map: ['i1: a > t', 'i2: b > t'], run: (m) => retarget(m, iid('i1'), 'i2'), after: /only be attacked/ },
    { name: 'an undercut cannot point at itself', map: ['i1: a > t', 'u1: u x i1'], run: (m) => retarget(m, iid('u1'), 'u1'), after: /itself/ },
    { name: 'undercuts cannot question each other in a circle', map: ['i1: a > t', 'u1: u x i1', 'w1: w x u1'], run: (m) => retarget(m, iid('u1'), 'w1'), after: /circle/ },
    { name: 'a premise cannot become its own target', map: ['i1: a b > t'], run: (m) => retarget(m, iid('i1'), 'b'), after: /itself/ },
  ]);
});

describe('delete with cascade', () => {
  const del = (map: string[], remove: string[]) => {
    const m = notationMap(map);
    const d = deleteItems(m, remove);
    return { after: write(m, d.ops), cascaded: [...d.cascaded].sort(), comments: d.comments };
  };
  it.each([
    { name: 'a premise takes its relation and that relation’s undercuts', map: ['i1: a > t', 'u1: u x i1', 'w1: w x u1'], remove: ['a'], after: [], cascaded: ['i1', 'u1', 'w1'] },
    { name: 'a linked premise shrinks the argument; its undercut stays', map: ['i1: a b > t', 'u1: u x i1'], remove: ['a'], after: ['i1: b > t', 'u1: u x i1'], cascaded: [] },
    { name: 'a relation takes its undercuts', map: ['i1: a > t', 'i2: b > t', 'u1: u x i1'], remove: ['i1'], after: ['i2: b > t'], cascaded: ['u1'] },
    { name: 'an undercut goes alone', map: ['i1: a > t', 'u1: u x i1'], remove: ['u1'], after: ['i1: a > t'], cascaded: [] },
    { name: 'a conclusion takes every relation into it and their undercuts', map: ['i1: a > t', 'i2: b x t', 'u1: u x i2', 'i3: t > s'], remove: ['t'], after: [], cascaded: ['i1', 'i2', 'i3', 'u1'] },
    { name: 'an undercutter takes its undercut; the inference stays', map: ['i1: a > t', 'u1: u x i1', 'c1 @ u1'], remove: ['u'], after: ['i1: a > t'], cascaded: ['u1'] },
  ])('$name', ({ map, remove, after, cascaded }) => {
    const got = del(map, remove);
    expect(got.after).toEqual([...after].sort());
    expect(got.cascaded).toEqual(cascaded);
  });

  it('counts the comments that go with what is deleted', () => {
    expect(del(['i1: a > t', 'u1: u x i1', 'c1 @ u1', 'c2 @ a', 'c3 @ t'], ['u', 'a']).comments).toBe(2);
  });
});

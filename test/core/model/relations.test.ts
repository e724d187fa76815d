import { describe, expect, it } from 'vitest';
import { getConclusion, getDirectPremises, getMembers, getRelations } from '../../../core/model';
import { getItemText } from '../../../core/model/relations';
import { notationMap } from '../../helpers/mapNotation';
import { iid } from '../../helpers/ids';

// One map with every shape: a linked support, an objection, an undercut and an undercut of it.
const map = notationMap(['i1: a b > t', 'i2: c x t', 'u1: u x i1', 'w1: w x u1', 'i3: t > top']);
const r = getRelations(map);
const inf = (id: string) => r.inferences.get(id)!;

describe('the relations index', () => {
  it.each([
    ['i1', 'support', true, true],
    ['i2', 'attack', false, false],
    ['u1', 'undercut', false, true],
    ['w1', 'undercut', false, false],
  ] as const)('%s is a %s (linked %s, drawn through a junction %s)', (id, kind, linked, junction) => {
    expect(r.kind(inf(id))).toBe(kind);
    expect(r.isLinked(inf(id))).toBe(linked);
    expect(r.hasJunction(iid(id))).toBe(junction);
  });

  it.each([
    ['into t', () => r.into('t'), ['i1', 'i2']],
    ['into an inference: its undercuts', () => r.into('i1'), ['u1']],
    // @ts-expect-error undercutsOf takes an inference id; a plain or statement id is a type error (at run time it finds none)
    ['undercutsOf a statement: none', () => r.undercutsOf('t'), []],
    ['undercutsOf an undercut', () => r.undercutsOf(iid('u1')), ['w1']],
    ['outOf a premise', () => r.outOf('t'), ['i3']],
  ])('%s', (_, got, ids) => {
    expect(got().map((i) => i.id)).toEqual(ids);
  });

  it.each([
    ['a statement: premises of what points at it, each followed by those of its undercuts', 't', ['a', 'b', 'u', 'w', 'c']],
    ['an inference: its undercutters, at any depth', 'i1', ['u', 'w']],
    ['a premise nothing points at', 'a', []],
  ])('getDirectPremises of %s', (_, id, premises) => {
    expect(getDirectPremises(r, id)).toEqual(premises);
  });

  it.each([
    ['a support joins its premises and target', 'i1', ['a', 'b', 't']],
    ['an undercut joins the statements of the step it questions', 'u1', ['u', 'a', 'b', 't']],
    ['and so does an undercut of an undercut', 'w1', ['w', 'u', 'a', 'b', 't']],
  ])('getMembers: %s', (_, id, members) => {
    expect(getMembers(r, inf(id))).toEqual(members);
  });

  it.each([['i2', 't'], ['u1', 't'], ['w1', 't'], ['i3', 'top']])('getConclusion(%s) is %s', (id, conclusion) => {
    expect(getConclusion(r, inf(id))).toBe(conclusion);
  });

  it('names a statement by its text and an inference by its label, else nothing', () => {
    const labelled = getRelations({ ...map, inferences: map.inferences.map((i) => (i.id === 'i2' ? { ...i, label: 'Too dear' } : i)) });
    expect([getItemText(labelled, 't'), getItemText(labelled, 'i2'), getItemText(labelled, 'i1'), getItemText(labelled, 'nope')]).toEqual([map.statements.find((s) => s.id === 't')!.text, 'Too dear', undefined, undefined]);
  });

  it('is built once per map object', () => {
    expect(getRelations(map)).toBe(r);
    expect(getRelations({ ...map })).not.toBe(r);
  });
});

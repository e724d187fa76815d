import { describe, expect, it } from 'vitest';
import { getNeighbourhood } from '../../client/view/neighbourhood';
import { mapOf, seedMap, sorted } from './viewFixtures';

describe('getNeighbourhood', () => {
  const linked = mapOf(['i1: a b -> t', 'i2: c -> a']);
  const undercut = mapOf(['i1: p -> t', 'i2: u -x i1', 'i3: w -> u', 'i4: t -> top']);
  it.each([
    ['0 steps: the start itself', linked, ['c'], 0, ['c']],
    ['1 step from a premise: its conclusion', linked, ['c'], 1, ['a', 'c']],
    ['2 steps: on through linked premises to the conclusion', linked, ['c'], 2, ['a', 'b', 'c', 't']],
    ['1 step from a linked premise: its co-premise and conclusion', linked, ['b'], 1, ['a', 'b', 't']],
    ['1 step from a conclusion: its premises', linked, ['t'], 1, ['a', 'b', 't']],
    ['an undercut is one step from the statements of the inference it questions (and its own reasons)', undercut, ['u'], 1, ['p', 't', 'u', 'w']],
    ['and they are one step from it', undercut, ['p'], 1, ['p', 't', 'u']],
    ['further steps go on from there', undercut, ['w'], 2, ['p', 't', 'u', 'w']],
    ['an inference id starts from all statements of its inference', undercut, ['i1'], 0, ['p', 't']],
    ["an undercut's id also from the statements of the step it questions", undercut, ['i2'], 0, ['p', 't', 'u']],
    ['several starting points', linked, ['c', 't'], 0, ['c', 't']],
    ['unknown ids are ignored', linked, ['nope'], 3, []],
  ])('%s', (_name, map, ids, n, expected) => {
    expect(sorted(getNeighbourhood(map, ids, n))).toEqual(expected);
  });

  describe('on the seeded CSTO map', () => {
    const map = seedMap();
    it('1 step from the thesis: the thesis, its reasons and its rivals', () => {
      expect(sorted(getNeighbourhood(map, ['thesis'], 1))).toEqual(sorted([
        'thesis', 'opt-defend', 'asm-best-balance', 'order-restored', 'purpose-restore-order', 'opt-withdraw', 'opt-force',
      ]));
    });

    it.each([1, 2, 3, 4])('grows step by step and includes the step before (%i to %i + 1)', (n) => {
      const inner = getNeighbourhood(map, ['opt-withdraw'], n);
      const outer = getNeighbourhood(map, ['opt-withdraw'], n + 1);
      expect([...inner].every((id) => outer.has(id))).toBe(true);
      expect(outer.size).toBeGreaterThanOrEqual(inner.size);
    });

    it('reaches across the undercut of the China argument', () => {
      expect(getNeighbourhood(map, ['wd-china-trade'], 1).has('wd-other-powers')).toBe(true);
    });
  });
});

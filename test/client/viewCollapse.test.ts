import { describe, expect, it } from 'vitest';
import type { Inference } from '../../core/model';
import { getCollapseView, getHiddenByCollapse, hasBranch } from '../../client/view/collapse';
import { mapOf, seedMap, sorted } from './viewFixtures';

describe('getHiddenByCollapse', () => {
  it.each([
    ['nothing collapsed', ['i1: a -> t', 'i2: b -> a'], [], [], {}],
    ['a chain under the collapsed statement', ['i1: a -> t', 'i2: b -> a', 'i3: d -x b'], ['a'], ['b', 'd'], { a: 2 }],
    ['a premise that also bears on something outside stays', ['i1: a -> t', 'i2: b -> a', 'i3: c -> t', 'i4: c -x a'], ['a'], ['b'], { a: 1 }],
    ['what supports a statement kept visible stays too', ['i1: a -> t', 'i2: b -> a', 'i3: b -> x', 'i4: d -> b'], ['a'], [], { a: 0 }],
    ['a premise shared only by collapsed statements is hidden', ['i1: a -> t', 'i2: b -> t', 'i3: p -> a', 'i4: p -x b'], ['a', 'b'], ['p'], { a: 1, b: 1 }],
    ['linked premises and their own reasons', ['i1: a -> t', 'i2: b c -> a', 'i3: d -> c'], ['a'], ['b', 'c', 'd'], { a: 3 }],
    ['undercuts of the steps inside the branch', ['i1: a -> t', 'i2: p -> a', 'i3: u -x i2', 'i4: w -> u'], ['a'], ['p', 'u', 'w'], { a: 3 }],
    ['an undercut of the step into the collapsed statement', ['i1: a -> t', 'i2: u -x i1'], ['a'], [], { a: 0 }],
    ['a collapsed statement inside another branch', ['i1: a -> t', 'i2: b -> a', 'i3: c -> b'], ['a', 'b'], ['b', 'c'], { a: 2, b: 1 }],
    ['a leaf: nothing to hide', ['i1: a -> t'], ['a'], [], { a: 0 }],
    ['a cycle through the collapsed statement', ['i1: a -> t', 'i2: b -> a', 'i3: a -> b'], ['a'], ['b'], { a: 1 }],
    // The fixture lists b (the first target named) before a.
    ['two collapsed statements hiding only each other: the first in the map stays', ['i1: a -> b', 'i2: b -> a'], ['a', 'b'], ['a'], { a: 0, b: 1 }],
  ])('%s', (_name, lines, collapsed, hidden, counts) => {
    const map = mapOf(lines);
    expect(sorted(getHiddenByCollapse(map, new Set(collapsed)))).toEqual(hidden);
    expect(Object.fromEntries(getCollapseView(map, new Set(collapsed)).counts)).toEqual(counts);
  });

  it('ignores the collapse flags an old document still carries: collapse is each person’s own view', () => {
    const old = mapOf(['i1: a -> t', 'i2: b -> a'], ['a']);
    expect(old.statements.find((s) => s.id === 'a')?.collapsed).toBe(true);
    expect(sorted(getHiddenByCollapse(old, new Set()))).toEqual([]);
    expect(sorted(getHiddenByCollapse(old, new Set(['t'])))).toEqual(['a', 'b']);
  });

  it('hasBranch is true only when something supports or attacks the statement', () => {
    const map = mapOf(['i1: a -> t']);
    expect([hasBranch(map, 't'), hasBranch(map, 'a')]).toEqual([true, false]);
  });
});

describe('getHiddenByCollapse on the seeded CSTO map', () => {
  const map = seedMap();
  const collapse = (id: string): Set<string> => new Set([id]);

  it('collapsing the withdrawal option hides its branch but keeps what the question also relies on', () => {
    const hidden = getHiddenByCollapse(map, collapse('opt-withdraw'));
    expect(sorted(hidden)).toEqual(sorted([
      'wd-remove-risk', 'wd-no-stranger', 'wd-other-powers', 'wd-competitors', 'wd-china-alternative',
      'wd-china-trade', 'wd-doubt', 'wd-unparalleled', 'wd-iran-turkey', 'asm-replacement-needed',
    ]));
    // wd-premature-exit also feeds the answer to the question, so it and its reasons stay.
    for (const id of ['wd-premature-exit', 'wd-guarantor', 'wd-signal', 'asm-regime-protection']) expect(hidden.has(id)).toBe(false);
  });

  it('collapsing the thesis keeps the question and the framing debate, which do not bear on it', () => {
    const hidden = getHiddenByCollapse(map, collapse('thesis'));
    expect(hidden.has('thesis')).toBe(false);
    expect(hidden.has('opt-defend')).toBe(true);
    for (const id of ['question', 'frame-terrorist', 'mission-peacekeeping', 'esc-difficult-choices', 'wd-premature-exit']) expect(hidden.has(id)).toBe(false);
  });

  // For every statement: collapsing it hides only its own branch, and hides all of the branch
  // that nothing visible outside depends on.
  it.each(map.statements.map((s) => s.id))('collapsing %s hides a closed part of its branch', (id) => {
    const hidden = getHiddenByCollapse(map, collapse(id));
    const infs = new Map<string, Inference>(map.inferences.map((i) => [i.id, i]));
    const anchor = (target: string): string => (infs.has(target) ? anchor(infs.get(target)!.target) : target);
    expect(hidden.has(id)).toBe(false);
    for (const inf of map.inferences) {
      const bearsOn = anchor(inf.target);
      const hiddenPremises = inf.premises.filter((p) => hidden.has(p));
      // Nothing visible (except the collapsed statement) is supported or attacked by a hidden premise.
      if (hiddenPremises.length > 0) expect(bearsOn === id || hidden.has(bearsOn)).toBe(true);
    }
    expect(getCollapseView(map, collapse(id)).counts.get(id)).toBe(hidden.size);
  });
});

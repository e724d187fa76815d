import { describe, expect, it } from 'vitest';

import { NO_FILTERS } from '../../client/view/filter';
import { DEFAULT_FOCUS_DEPTH, describeHiddenMatches, getViewHidden, type ViewSettings } from '../../client/view/viewHidden';
import { mapOf, seedMap, sorted } from './viewFixtures';
import { testStatement } from '../helpers/ids';

const settings = (patch: Partial<ViewSettings> = {}): ViewSettings => ({
  collapsedIds: new Set(['a']), sharedCollapse: null, focusIds: null, focusDepth: DEFAULT_FOCUS_DEPTH, filters: NO_FILTERS, ...patch,
});

describe('getViewHidden', () => {
  const map = mapOf(['i1: a -> t', 'i2: b -> a', 'i3: c -> b', 'i4: e -> t'], [], [testStatement({ id: 'e', kind: 'evidence' })]);
  it.each([
    ['nothing but collapse', settings(), ['b', 'c'], null],
    ['a followed presenter’s collapse is shown instead of one’s own', settings({ sharedCollapse: new Set(['t']) }), ['a', 'b', 'c', 'e'], null],
    ['a presenter who collapsed nothing shows everything', settings({ sharedCollapse: new Set() }), [], null],
    ['focus hides what is further away', settings({ focusIds: ['e'], focusDepth: 1 }), ['a', 'b', 'c'], null],
    ['filters hide what does not match', settings({ filters: { ...NO_FILTERS, kinds: ['evidence'] } }), ['a', 'b', 'c', 't'], null],
    ['the statement being edited is never hidden', settings({ filters: { ...NO_FILTERS, kinds: ['evidence'] } }), ['b', 'c', 't'], 'a'],
  ])('%s', (_name, s, hidden, editing) => {
    expect(sorted(getViewHidden(map, s, editing).hidden)).toEqual(hidden);
  });

  it('keeps the causes apart', () => {
    const v = getViewHidden(map, settings({ focusIds: ['t'], focusDepth: 1, filters: { ...NO_FILTERS, kinds: ['claim'] } }));
    expect([sorted(v.byCollapse), sorted(v.byFocus), sorted(v.byFilter)]).toEqual([['b', 'c'], ['b', 'c'], ['e']]);
    expect(v.collapseCounts.get('a')).toBe(2);
  });

  it('says why search matches are hidden, counting each once', () => {
    const v = getViewHidden(map, settings({ focusIds: ['e'], focusDepth: 1, filters: { ...NO_FILTERS, kinds: ['claim'] } }));
    expect(describeHiddenMatches(['t', 'a', 'b', 'c', 'e'], v)).toEqual(['1 hidden by filters', '2 in collapsed branches', '1 outside the focus']);
    expect(describeHiddenMatches(['t'], getViewHidden(map, settings()))).toEqual([]);
  });

  it('on the seeded map, focus on the thesis at depth 1 shows it and its six direct premises', () => {
    const seed = seedMap();
    const v = getViewHidden(seed, settings({ focusIds: ['thesis'], focusDepth: 1 }));
    expect(seed.statements.length - v.hidden.size).toBe(7);
  });
});

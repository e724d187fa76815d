import { describe, expect, it } from 'vitest';
import { getBranch, selectFigureMap } from '../../../core/figure';
import { createEmptyMap, type ArgumentMap, type Inference } from '../../../core/model';
import { testInference, testStatement } from '../../helpers/ids';

// t ← a ← b ← c, x attacks t, u undercuts a ← b, w undercuts that undercut; y → z apart.
const inf = (id: string, premises: string[], target: string, polarity: Inference['polarity'] = 'support'): Inference => (testInference({ id: id, premises, target, polarity }));
const map: ArgumentMap = {
  ...createEmptyMap('select'),
  statements: ['t', 'a', 'b', 'c', 'x', 'u', 'w', 'y', 'z'].map((id) => testStatement({ id, text: id.toUpperCase() })),
  inferences: [
    inf('i1', ['a'], 't'),
    inf('i2', ['b'], 'a'),
    inf('i3', ['c'], 'b'),
    inf('i4', ['x'], 't', 'attack'),
    inf('u1', ['u'], 'i2', 'attack'),
    inf('u2', ['w'], 'u1', 'attack'),
    inf('i5', ['y'], 'z'),
  ],
};
const sorted = (ids: Iterable<string>) => [...ids].sort();
const shown = (m: ArgumentMap) => ({ statements: sorted(m.statements.map((s) => s.id)), inferences: sorted(m.inferences.map((i) => i.id)) });

describe('what a figure shows, asked of the relations index', () => {
  it.each([
    ['t', ['a', 'b', 'c', 't', 'u', 'w', 'x']],
    ['a', ['a', 'b', 'c', 'u', 'w']],
    ['b', ['b', 'c']],
    ['z', ['y', 'z']],
  ])('the branch of %s', (root, ids) => {
    expect(sorted(getBranch(map, root))).toEqual(ids);
  });

  it.each([
    ['b', 1, ['a', 'b', 'c', 'u']],
    ['u', 1, ['a', 'b', 'u', 'w']],
    ['t', 1, ['a', 't', 'x']],
    ['t', 2, ['a', 'b', 't', 'u', 'x']],
    ['c', 0, ['c']],
  ])('the focus on %s within %i steps', (root, steps, ids) => {
    expect(shown(selectFigureMap(map, { what: 'focus', root, steps })).statements).toEqual(ids);
  });

  it('keeps the undercuts whose undercutters are shown, at any depth', () => {
    expect(shown(selectFigureMap(map, { what: 'branch', root: 'a' })).inferences).toEqual(['i2', 'i3', 'u1', 'u2']);
    expect(shown(selectFigureMap(map, { what: 'selection', ids: ['a', 'b', 'w'] })).inferences).toEqual(['i2']);
  });

  it('collapses a branch into one stub that supports it', () => {
    const out = selectFigureMap(map, { what: 'map', collapse: ['a'] });
    expect(shown(out)).toEqual({ statements: ['a', 'more:a', 't', 'x', 'y', 'z'], inferences: ['i1', 'i4', 'i5', 'more-link:a'] });
    expect(out.statements.find((s) => s.id === 'more:a')?.text).toBe('+4 more');
  });
});

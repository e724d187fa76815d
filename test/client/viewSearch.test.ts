import { describe, expect, it } from 'vitest';

import { foldForSearch, getSearchMatches, getSearchTerms } from '../../client/view/search';
import { mapOf, seedMap } from './viewFixtures';
import { testStatement } from '../helpers/ids';

describe('search', () => {
  it.each([
    ['État', 'etat'],
    ['TOKAYEV', 'tokayev'],
    ['Ñandú façade', 'nandu facade'],
    ['ﬁnal', 'final'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('splits a query into words and drops the # of tags', () => {
    expect(getSearchTerms('  #Context  Russia ')).toEqual(['context', 'russia']);
  });

  const map = mapOf([], [], [
    testStatement({ id: 'a', text: 'L’État protège la sécurité', position: { x: 300, y: 0 } }),
    testStatement({ id: 'b', text: 'Security first', tags: ['etat-major'], position: { x: 0, y: 0 } }),
    testStatement({ id: 'c', text: 'A claim about the STATE', position: { x: 0, y: 200 } }),
    testStatement({ id: 'd', text: 'No position, says État' }),
  ]);
  it.each([
    ['case and accents do not matter', 'etat', ['b', 'a', 'd']],
    ['tags are searched too', '#etat-major', ['b']],
    ['every word must match', 'état sécurité', ['a']],
    ['words may come in any order', 'first security', ['b']],
    ['no match', 'kazakhstan', []],
    ['an empty query matches nothing', '   ', []],
  ])('%s', (_name, query, expected) => {
    expect(getSearchMatches(map, query)).toEqual(expected);
  });

  it('orders matches in reading order: rows, then along the row; unplaced ones last', () => {
    expect(getSearchMatches(map, 'e')).toEqual(['b', 'a', 'c', 'd']);
  });

  it('reads columns first when the map runs left to right', () => {
    expect(getSearchMatches({ ...map, direction: 'LR' }, 'e')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('finds words of the seeded CSTO map in its own order (its statements have no stored positions)', () => {
    const seed = seedMap();
    const matches = getSearchMatches(seed, 'csto');
    expect(matches.length).toBe(11);
    const order: string[] = seed.statements.map((s) => s.id);
    expect([...matches].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(matches);
    expect(getSearchMatches(seed, '#context').length).toBe(11);
  });
});

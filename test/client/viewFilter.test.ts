import { describe, expect, it } from 'vitest';

import { NO_FILTERS, countFilters, getFilterMatches, getRelationRoles, getTagCounts } from '../../client/view/filter';
import { mapOf, seedMap, sorted } from './viewFixtures';
import { testStatement } from '../helpers/ids';

describe('getFilterMatches', () => {
  const map = mapOf(['i1: e -> t', 'i2: o -x t', 'i3: u -x i1'], [], [
    testStatement({ id: 't', kind: 'thesis', tags: ['main'] }),
    testStatement({ id: 'e', kind: 'evidence', tags: ['data', 'main'] }),
    testStatement({ id: 'o', kind: 'claim', tags: ['data'] }),
    testStatement({ id: 'u', kind: 'assumption' }),
    testStatement({ id: 'lonely', kind: 'note' }),
  ]);
  it.each([
    ['no filter keeps everything', NO_FILTERS, ['e', 'lonely', 'o', 't', 'u']],
    ['one kind', { ...NO_FILTERS, kinds: ['evidence'] }, ['e']],
    ['several kinds: any of them', { ...NO_FILTERS, kinds: ['evidence', 'note'] }, ['e', 'lonely']],
    ['a tag', { ...NO_FILTERS, tags: ['data'] }, ['e', 'o']],
    ['kind and tag: both must hold', { ...NO_FILTERS, kinds: ['claim'], tags: ['data'] }, ['o']],
    ['supports: premise or conclusion of one', { ...NO_FILTERS, relations: ['support'] }, ['e', 't']],
    ['attacks', { ...NO_FILTERS, relations: ['attack'] }, ['o', 't']],
    ['undercuts: the undercutting premise and the statements of the inference undercut', { ...NO_FILTERS, relations: ['undercut'] }, ['e', 't', 'u']],
    ['a statement in no relation never passes a relation filter', { ...NO_FILTERS, kinds: ['note'], relations: ['support', 'attack', 'undercut'] }, []],
  ] as const)('%s', (_name, filters, expected) => {
    expect(sorted(getFilterMatches(map, filters))).toEqual(expected);
  });

  it('counts active criteria', () => {
    expect(countFilters(NO_FILTERS)).toBe(0);
    expect(countFilters({ kinds: ['claim'], tags: ['a', 'b'], relations: ['attack'] })).toBe(4);
  });

  it('lists tags by use, then by name', () => {
    expect(getTagCounts(map)).toEqual([['data', 2], ['main', 2]]);
  });

  it('records the roles of each statement', () => {
    expect(sorted(getRelationRoles(map).get('t')!)).toEqual(['attack', 'support', 'undercut']);
    expect(getRelationRoles(map).has('lonely')).toBe(false);
  });
});

describe('getFilterMatches on the seeded CSTO map', () => {
  const map = seedMap();
  const kindOf = new Map<string, string>(map.statements.map((s) => [s.id, s.kind]));
  it('evidence: the eleven evidence statements', () => {
    const ids = getFilterMatches(map, { ...NO_FILTERS, kinds: ['evidence'] });
    expect(ids.size).toBe(11);
    expect([...ids].every((id) => kindOf.get(id) === 'evidence')).toBe(true);
  });

  it('undercuts: the three undercuts and the inferences they question', () => {
    expect(sorted(getFilterMatches(map, { ...NO_FILTERS, relations: ['undercut'] }))).toEqual(sorted([
      'frame-external', 'ctx-tokayev-request', 'frame-terrorist',
      'purpose-legitimise', 'purpose-stated', 'mission-peacekeeping',
      'wd-china-trade', 'wd-china-alternative', 'wd-other-powers',
    ]));
  });

  it('a tag and a kind together', () => {
    const ids = getFilterMatches(map, { ...NO_FILTERS, kinds: ['assumption'], tags: ['option-force'] });
    for (const id of ids) {
      const s = map.statements.find((x) => x.id === id)!;
      expect([s.kind, s.tags.includes('option-force')]).toEqual(['assumption', true]);
    }
  });
});

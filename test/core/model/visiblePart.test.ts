import { describe, expect, it } from 'vitest';
import { withoutHidden } from '../../../core/model/visiblePart';

import { type ArgumentMap, createEmptyMap } from '../../../core/model/types';
import { canEditMap, ROLES } from '../../../core/policy/roles';
import { testInference, testStatement } from '../../helpers/ids';

const map: ArgumentMap = {
  ...createEmptyMap('t'),
  statements: ['t', 'a', 'b', 'c'].map((id) => testStatement({ id, text: id })),
  inferences: [
    testInference({ id: 'i1', premises: ['a', 'b'], target: 't', polarity: 'support' as const }),
    testInference({ id: 'i2', premises: ['c'], target: 't', polarity: 'attack' as const }),
  ],
};

describe('withoutHidden', () => {
  it('is the map itself when nothing is hidden', () => {
    expect(withoutHidden(map, new Set())).toBe(map);
  });

  it('leaves out hidden statements and every inference touching one, as a premise or as the target', () => {
    const part = withoutHidden(map, new Set(['b']));
    expect(part.statements.map((s) => s.id)).toEqual(['t', 'a', 'c']);
    expect(part.inferences.map((i) => i.id)).toEqual(['i2']);
    expect(withoutHidden(map, new Set(['t'])).inferences).toEqual([]);
  });
});

describe('canEditMap', () => {
  it('only an edit link changes the map itself', () => {
    expect(ROLES.filter(canEditMap)).toEqual(['edit']);
  });
});

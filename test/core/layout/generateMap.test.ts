import { describe, expect, it } from 'vitest';
import { buildLayoutGraph } from '../../../core/layout';
import { isUndercut, validateMap } from '../../../core/model';
import { generateMap } from '../../bench/generateMap';

describe('generateMap (layout fixtures and benchmark maps)', () => {
  it.each([200, 1000])('makes a valid, argument-like map of %i statements', (n) => {
    const map = generateMap(n, { seed: 3 });
    expect(validateMap(map).ok).toBe(true);
    expect(map.statements).toHaveLength(n);
    const linked = map.inferences.filter((i) => i.premises.length > 1).length / map.inferences.length;
    const undercuts = map.inferences.filter((i) => isUndercut(map, i)).length;
    const attacks = map.inferences.filter((i) => i.polarity === 'attack').length / map.inferences.length;
    expect(linked).toBeGreaterThan(0.08);
    expect(linked).toBeLessThan(0.2);
    expect(undercuts).toBeGreaterThan(0);
    expect(attacks).toBeGreaterThan(0.2);
    // Tree-like: about one edge per statement, plus ~10 % cross links.
    const { nodes, edges } = buildLayoutGraph(map);
    expect(edges.length / nodes.length).toBeGreaterThan(1);
    expect(edges.length / nodes.length).toBeLessThan(1.2);
    const lengths = map.statements.map((s) => s.text.length);
    expect(Math.min(...lengths)).toBeLessThan(40);
    expect(Math.max(...lengths)).toBeGreaterThan(250);
  });

  it('gives the same map for the same seed and another for another seed', () => {
    expect(generateMap(300, { seed: 5 })).toEqual(generateMap(300, { seed: 5 }));
    expect(generateMap(300, { seed: 5 })).not.toEqual(generateMap(300, { seed: 6 }));
  });
});

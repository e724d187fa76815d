import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmptyMap, parseMap } from '../../core/model';
import { getStatementRoles } from '../../core/semantics/statementRoles';
import { type Highlight, getHighlights, splitSegments } from '../../client/panels/source/segments';
import { getCoverage } from '../../client/panels/source/coverage';
import { ROOT } from '../helpers/server';
import { testInference, testStatement } from '../helpers/ids';

const h = (key: string, start: number, end: number): Highlight => ({ key, statementId: key, role: 'reason', start, end });

describe('source panel: roles', () => {
  const map = {
    ...createEmptyMap('roles'),
    statements: ['T', 'A', 'B', 'C', 'D', 'E'].map((id) => testStatement({ id, kind: id === 'T' ? 'thesis' : id === 'E' ? 'evidence' : 'claim' })),
    inferences: [
      testInference({ id: 'i1', premises: ['A'], target: 'T', polarity: 'support' }),
      testInference({ id: 'i2', premises: ['B'], target: 'T', polarity: 'attack' }),
      testInference({ id: 'i3', premises: ['C'], target: 'B', polarity: 'attack' }),
      testInference({ id: 'i4', premises: ['E'], target: 'T', polarity: 'support' }),
    ],
  };
  it.each([
    ['T', 'thesis'], ['A', 'reason'], ['B', 'objection'], ['C', 'rebuttal'], ['D', 'context'], ['E', 'evidence'],
  ])('%s is a %s', (id, role) => {
    expect(getStatementRoles(map).get(id)).toBe(role);
  });
});

describe('source panel: segments', () => {
  it.each([
    ['overlapping', [h('a', 0, 10), h('b', 5, 15)], [[0, 5, 'a'], [5, 10, 'a,b'], [10, 15, 'b'], [15, 20, '']]],
    ['nested, innermost first', [h('out', 0, 20), h('in', 5, 8)], [[0, 5, 'out'], [5, 8, 'in,out'], [8, 20, 'out']]],
    ['none', [], [[0, 20, '']]],
  ])('splits %s highlights into flat runs', (_name, highlights, expected) => {
    const segs = splitSegments(20, highlights as Highlight[]).map((s) => [s.start, s.end, s.covering.map((c) => c.key).sort().join(',')]);
    const want = (expected as [number, number, string][]).map(([a, b, k]) => [a, b, k.split(',').filter(Boolean).sort().join(',')]);
    expect(segs).toEqual(want);
  });

  it('covers the seeded article exactly once, in order, with every anchor present', () => {
    const map = parseMap(readFileSync(join(ROOT, 'maps/csto-kazakhstan-2022.json'), 'utf8'));
    const text = map.sources[0].text;
    const highlights = getHighlights(map, 'article', text.length, getStatementRoles(map));
    expect(highlights).toHaveLength(map.statements.reduce((n, s) => n + s.anchors.length, 0));
    const segs = splitSegments(text.length, highlights);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
  });
});

describe('source panel: coverage', () => {
  it('ignores whitespace and lists sentences with nothing cited', () => {
    const text = 'One cited. Two not cited. Three.';
    const c = getCoverage(text, [h('a', 0, 10)]);
    expect(c.unmapped.map((s) => text.slice(s.start, s.end).trim())).toEqual(['Two not cited.', 'Three.']);
    expect(Math.round(c.percent)).toBe(Math.round((100 * 9) / text.replace(/\s/g, '').length));
  });
});

import { describe, expect, it } from 'vitest';
import { diffMaps, isEmptyDiff } from '../../../core/history';
import { createEmptyMap, type ArgumentMap } from '../../../core/model';
import { testComment, testInference, testStatement } from '../../helpers/ids';

const base: ArgumentMap = {
  ...createEmptyMap('Trees'),
  statements: [
    testStatement({ id: 'a', text: 'Trees cool cities', position: { x: 0, y: 0 } }),
    testStatement({ id: 'b', text: 'Trees cost money' }),
  ],
  inferences: [testInference({ id: 'i1', premises: ['b'], target: 'a', polarity: 'attack' })],
  comments: [testComment({ id: 'c1', target: 'a', author: 'Ann', text: 'Source?', createdAt: '2024-01-01T00:00:00Z' })],
};

const cases: { name: string; after: ArgumentMap; expected: Record<string, unknown> }[] = [
  { name: 'nothing changed', after: base, expected: {} },
  {
    name: 'a statement added, one removed, one edited',
    after: {
      ...base,
      statements: [testStatement({ id: 'a', text: 'Trees cool streets', kind: 'evidence', position: { x: 0, y: 0 } }), testStatement({ id: 'c', text: 'New' })],
      inferences: [],
    },
    expected: {
      statements: { added: ['c'], removed: ['b'], changed: [{ id: 'a', fields: ['kind', 'text'] }] },
      inferences: { added: [], removed: ['i1'], changed: [] },
    },
  },
  {
    name: 'a moved statement and a flag that appears',
    after: { ...base, statements: [testStatement({ id: 'a', text: 'Trees cool cities', position: { x: 5, y: 0 }, pinned: true }), base.statements[1]] },
    expected: { statements: { added: [], removed: [], changed: [{ id: 'a', fields: ['pinned', 'position'] }] } },
  },
  {
    name: 'inference polarity and a resolved comment',
    after: {
      ...base,
      inferences: [{ ...base.inferences[0], polarity: 'support' }],
      comments: [{ ...base.comments[0], resolved: true }],
    },
    expected: {
      inferences: { added: [], removed: [], changed: [{ id: 'i1', fields: ['polarity'] }] },
      comments: { added: [], removed: [], changed: [{ id: 'c1', fields: ['resolved'] }] },
    },
  },
  { name: 'title and direction', after: { ...base, title: 'Trees!', direction: 'LR' }, expected: { meta: ['title', 'direction'] } },
];

const ids = (d: { added: readonly { id: string }[]; removed: readonly { id: string }[]; changed: readonly unknown[] }) => ({
  added: d.added.map((r) => r.id), removed: d.removed.map((r) => r.id), changed: d.changed,
});

describe('diffMaps', () => {
  it.each(cases)('$name', ({ after, expected }) => {
    const d = diffMaps(base, after);
    const empty = { added: [], removed: [], changed: [] };
    expect(d.meta).toEqual(expected.meta ?? []);
    for (const part of ['statements', 'inferences', 'comments', 'sources'] as const) {
      expect(ids(d[part]), part).toEqual(expected[part] ?? empty);
    }
    expect(isEmptyDiff(d)).toBe(Object.keys(expected).length === 0);
  });

  it('ignores key order and absent-versus-undefined fields', () => {
    const reordered = { ...base, statements: base.statements.map((s) => ({ position: s.position, ...s, color: undefined })) };
    expect(isEmptyDiff(diffMaps(base, reordered))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { LABEL_CHARS, chooseLabels, getLabelRanks, getShortLabel } from '../../../core/layout';
import { type ArgumentMap, createEmptyMap, createStatement } from '../../../core/model/types';
import seeded from '../../../maps/csto-kazakhstan-2022.json';

describe('getShortLabel', () => {
  it.each([
    ['Short text.', 'Short text.'],
    ['For now, keeping to a defensive posture is probably the most prudent option.', 'Keeping to a defensive…'],
    ['Moscow was compelled to act.', 'Moscow was compelled to…'],
    ['  spaced\n\nout   words  ', 'spaced out words'],
    ['Arguably, short.', 'Arguably, short.'],
    ['Supercalifragilisticexpialidociouslylong word', 'Supercalifragilisticexpi…'],
  ])('%j → %j', (text, label) => {
    expect(getShortLabel(text)).toBe(label);
  });

  it('every label of the seeded map is short', () => {
    for (const s of (seeded as unknown as ArgumentMap).statements) expect(getShortLabel(s.text).length).toBeLessThanOrEqual(LABEL_CHARS + 1);
  });
});

describe('getLabelRanks', () => {
  it('counts steps below the thesis; what no thesis reaches comes last', () => {
    const map: ArgumentMap = {
      ...createEmptyMap(),
      statements: ['t', 'a', 'b', 'c', 'x'].map((id) => createStatement({ id, text: id, kind: id === 't' ? 'thesis' : 'claim' })),
      inferences: [
        { id: 'i1', premises: ['a', 'b'], target: 't', polarity: 'support' },
        { id: 'i2', premises: ['c'], target: 'a', polarity: 'attack' },
      ],
    };
    expect(Object.fromEntries(getLabelRanks(map))).toEqual({ t: 0, a: 1, b: 1, c: 2, x: Number.MAX_SAFE_INTEGER });
  });
});

describe('chooseLabels', () => {
  const box = (id: string, x: number, y: number, rank: number) => ({ id, x, y, width: 100, height: 20, rank });
  it.each([
    ['apart: all shown', [box('a', 0, 0, 1), box('b', 200, 0, 1)], ['a', 'b']],
    ['colliding: the lower rank wins', [box('a', 0, 0, 2), box('b', 50, 10, 1)], ['b']],
    ['same rank: the first in reading order wins', [box('b', 50, 10, 1), box('a', 0, 0, 1)], ['a']],
    ['a chain: the middle one loses to the first, so the third shows', [box('a', 0, 0, 1), box('b', 90, 0, 2), box('c', 180, 0, 3)], ['a', 'c']],
    ['within the margin counts as colliding', [box('a', 0, 0, 1), box('b', 102, 0, 1)], ['a']],
  ])('%s', (_name, candidates, shown) => {
    expect([...chooseLabels(candidates)].sort()).toEqual(shown);
  });

  it('no two shown labels overlap, on a dense grid', () => {
    const candidates = Array.from({ length: 400 }, (_, i) => box(`n${i}`, (i % 20) * 37, Math.floor(i / 20) * 13, i % 5));
    const shown = candidates.filter((c) => chooseLabels(candidates).has(c.id));
    expect(shown.length).toBeGreaterThan(20);
    for (const a of shown) for (const b of shown) {
      if (a === b) continue;
      expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
    }
  });
});

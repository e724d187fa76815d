import { describe, expect, it } from 'vitest';
import { LABEL_CHARS, getLabelLines, getLabelSpots, chooseLabels, getLabelRanks, getShortLabel, placeLabels } from '../../../core/layout';
import { type ArgumentMap, createEmptyMap } from '../../../core/model/types';
import seeded from '../../../maps/csto-kazakhstan-2022.json';
import { testInference, testStatement } from '../../helpers/ids';

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
      statements: ['t', 'a', 'b', 'c', 'x'].map((id) => testStatement({ id, text: id, kind: id === 't' ? 'thesis' : 'claim' })),
      inferences: [
        testInference({ id: 'i1', premises: ['a', 'b'], target: 't', polarity: 'support' }),
        testInference({ id: 'i2', premises: ['c'], target: 'a', polarity: 'attack' }),
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

describe('getLabelLines', () => {
  it.each([
    ['Short text.', ['Short text.']],
    ['Keeping to a defensive…', ['Keeping to a', 'defensive…']],
    ['The Russian-led…', ['The', 'Russian-led…']],
    ['Supercalifragilisticexpi…', ['Supercalifragilisticexpi…']],
  ])('%j → %j', (label, lines) => {
    expect(getLabelLines(label)).toEqual(lines);
  });
});

describe('placeLabels', () => {
  const card = (id: string, x: number, y: number) => ({ id, x, y, width: 30, height: 12 });
  const entry = (id: string, x: number, y: number, rank: number, width = 100, height = 20) => {
    const c = card(id, x, y);
    const label = { id, x: x + 15 - width / 2, y: y + 6 - height / 2, width, height, rank };
    return { label, card: c, spots: getLabelSpots(c, label) };
  };
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('a label that cannot sit on its card goes beside it, starting at the card’s centre', () => {
    const placed = placeLabels([entry('a', 0, 0, 0), entry('b', 60, 0, 1)]);
    expect(placed.get('a')!.spot).toMatchObject({ dx: 0, dy: 0 });
    expect(placed.get('b')!.spot).toMatchObject({ dx: 50, dy: 0 });
  });

  it('above or below only where no other card lies', () => {
    // Three cards in a row whose labels leave the middle one no room on the row, and a fourth
    // card just above the middle one: the middle label goes below.
    const row = [entry('l', 0, 0, 0, 100, 10), entry('r', 120, 0, 0, 100, 10), entry('m', 60, 0, 1, 100, 10)];
    const placed = placeLabels([...row, entry('up', 60, -20, 2, 20, 10)], 0);
    expect(placed.get('m')!.spot.dy).toBeGreaterThan(0);
    expect(placeLabels(row, 0).get('m')!.spot.dy).toBeLessThan(0);
  });

  it('stays inside the visible canvas', () => {
    const placed = placeLabels([entry('edge', 0, 50, 0)], 4, { x: 0, y: 0, width: 500, height: 500 });
    const p = placed.get('edge')!;
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(placeLabels([entry('out', -200, 50, 0)], 4, { x: 0, y: 0, width: 500, height: 500 }).size).toBe(0);
  });

  it('on a dense random canvas, labels never overlap one another, nor another card when off their row, and each touches its card', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const entries = Array.from({ length: 300 }, (_, i) => entry(`n${i}`, Math.round(rnd() * 1200), Math.round(rnd() * 300), i % 4, 40 + Math.round(rnd() * 80)));
    const placed = [...placeLabels(entries).values()];
    const centredOnly = placeLabels(entries.map((e) => ({ ...e, spots: e.spots.slice(0, 1) })));
    expect(placed.length).toBeGreaterThan(centredOnly.size * 1.3);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
      const own = entries.find((e) => e.label.id === a.id)!.card;
      expect(overlaps({ x: a.x - 3, y: a.y - 3, width: a.width + 6, height: a.height + 6 }, own)).toBe(true);
      if (a.spot.off) for (const e of entries) if (e.card.id !== a.id) expect(overlaps(a, e.card)).toBe(false);
    }
  });
});

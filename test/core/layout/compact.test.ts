import { describe, expect, it } from 'vitest';
import { type Box, compactBoxes, layoutMap } from '../../../core/layout';
import { generateMap } from '../../bench/generateMap';
import { createRng } from '../../helpers/rng';

const box = (x: number, y: number, width = 240, height = 80): Box => ({ x, y, width, height });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const moved = (boxes: Map<string, Box>, gap = 40) => {
  const offsets = compactBoxes(boxes, gap);
  return new Map([...boxes].map(([id, b]) => [id, { ...b, x: b.x + offsets.get(id)!.dx, y: b.y + offsets.get(id)!.dy }]));
};

describe('compactBoxes', () => {
  it.each([
    ['a far column moves next to the first', { a: box(0, 0), b: box(2000, 0) }, { a: [0, 0], b: [280, 0] }],
    ['a card overlapping a column stays with it', { a: box(0, 0), c: box(100, 300), b: box(2000, 0) }, { a: [0, 0], c: [100, 40 + 80], b: [380, 0] }],
    ['gaps no wider than the gap are kept', { a: box(0, 0), b: box(270, 0) }, { a: [0, 0], b: [270, 0] }],
    ['a far row moves up', { a: box(0, 0), b: box(0, 900) }, { a: [0, 0], b: [0, 120] }],
    ['both axes at once', { a: box(0, 0), b: box(5000, 3000) }, { a: [0, 0], b: [280, 120] }],
    ['one box stays put', { a: box(123, 456) }, { a: [123, 456] }],
  ])('%s', (_name, input, expected) => {
    const out = moved(new Map(Object.entries(input)));
    expect(Object.fromEntries([...out].map(([id, b]) => [id, [b.x, b.y]]))).toEqual(expected);
  });

  it('nothing in, nothing out', () => {
    expect(compactBoxes(new Map(), 40).size).toBe(0);
  });

  it('keeps order along both axes and never makes cards overlap, on random subsets of laid-out maps', () => {
    const rng = createRng(7).next;
    for (let round = 0; round < 6; round++) {
      const map = generateMap(40 + round * 7, { seed: round + 1 });
      const { boxes } = layoutMap(map);
      const shown = new Map([...boxes].filter(([id]) => !id.startsWith('inference:') && rng() < 0.3));
      const out = moved(shown);
      const ids = [...shown.keys()];
      for (const a of ids) {
        for (const b of ids) {
          if (a >= b) continue;
          expect(overlap(out.get(a)!, out.get(b)!), `${a} and ${b} overlap after compaction`).toBe(overlap(shown.get(a)!, shown.get(b)!));
          if (shown.get(a)!.x < shown.get(b)!.x) expect(out.get(a)!.x).toBeLessThanOrEqual(out.get(b)!.x);
          if (shown.get(a)!.y < shown.get(b)!.y) expect(out.get(a)!.y).toBeLessThanOrEqual(out.get(b)!.y);
        }
      }
      const width = (m: Map<string, Box>) => Math.max(...[...m.values()].map((b) => b.x + b.width)) - Math.min(...[...m.values()].map((b) => b.x));
      expect(width(out)).toBeLessThanOrEqual(width(shown));
    }
  });
});

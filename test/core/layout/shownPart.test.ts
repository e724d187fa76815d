import { describe, expect, it } from 'vitest';
import { type Box, RELAYOUT_MAX, estimateStatementSize, layoutMap, layoutShownPart } from '../../../core/layout';
import type { ArgumentMap, Position } from '../../../core/model/types';
import seeded from '../../../maps/csto-kazakhstan-2022.json';
import { getNeighbourhood } from '../../../client/view/neighbourhood';
import { generateMap } from '../../bench/generateMap';

const map = seeded as unknown as ArgumentMap;
const storedOf = (m: ArgumentMap) => new Map([...layoutMap(m, { thesisFirst: true }).boxes].filter(([id]) => !id.startsWith('inference:')).map(([id, b]) => [id, { x: b.x, y: b.y }]));
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function drawn(m: ArgumentMap, shown: Set<string>, stored: Map<string, Position>, anchor?: string) {
  const offsets = layoutShownPart(m, shown, stored, new Map(), anchor);
  const text = new Map<string, string>(m.statements.map((s) => [s.id, s.text]));
  return new Map([...offsets].map(([id, o]) => [id, { x: stored.get(id)!.x + o.dx, y: stored.get(id)!.y + o.dy, ...estimateStatementSize(text.get(id)!) }]));
}
const width = (boxes: Iterable<Box>) => {
  const all = [...boxes];
  return Math.max(...all.map((b) => b.x + b.width)) - Math.min(...all.map((b) => b.x));
};

describe('layoutShownPart', () => {
  it('Focus two steps around a reason of the seeded map: the part is laid out much narrower than it stood, the anchor stays put, no overlaps', () => {
    const stored = storedOf(map);
    const shown = getNeighbourhood(map, ['opt-withdraw'], 2);
    const before = [...shown].map((id) => ({ ...stored.get(id)!, ...estimateStatementSize(map.statements.find((s) => s.id === id)!.text) }));
    const after = drawn(map, shown, stored, 'opt-withdraw');
    expect([...after.keys()].sort()).toEqual([...shown].sort());
    expect(after.get('opt-withdraw')).toMatchObject(stored.get('opt-withdraw')!);
    expect(width(after.values())).toBeLessThan(width(before) / 2);
    const boxes = [...after.values()];
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('keeps conclusions above their premises (TB)', () => {
    const stored = storedOf(map);
    const shown = getNeighbourhood(map, ['thesis'], 1);
    const after = drawn(map, shown, stored, 'thesis');
    for (const inf of map.inferences) {
      if (!shown.has(inf.target)) continue;
      for (const p of inf.premises) if (shown.has(p)) expect(after.get(p)!.y).toBeGreaterThan(after.get(inf.target)!.y);
    }
  });

  it(`over ${RELAYOUT_MAX} shown statements: compacted, never overlapping`, () => {
    const big = generateMap(RELAYOUT_MAX * 2, { seed: 3 });
    const stored = storedOf(big);
    const shown = new Set(big.statements.filter((_, i) => i % 2 === 0 || i < 40).map((s) => s.id));
    const after = drawn(big, shown, stored);
    const boxes = [...after.values()];
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('nothing shown, nothing moved', () => {
    expect(layoutShownPart(map, new Set(), storedOf(map)).size).toBe(0);
  });
});

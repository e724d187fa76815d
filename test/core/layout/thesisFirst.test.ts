import { describe, expect, it } from 'vitest';
import { type Box, layoutMap } from '../../../core/layout';
import { type ArgumentMap, type Inference, createEmptyMap } from '../../../core/model/types';
import seeded from '../../../maps/csto-kazakhstan-2022.json';
import { testInference, testStatement } from '../../helpers/ids';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const statementBoxes = (map: ArgumentMap, boxes: ReadonlyMap<string, Box>) => map.statements.map((s) => [s.id, boxes.get(s.id)!] as const);

/** A thesis with two reasons, each heading a wide branch of leaves. */
function wideMap(): ArgumentMap {
  const ids = ['t', 'a', 'b', ...Array.from({ length: 16 }, (_, i) => `l${i}`)];
  const infs: Inference[] = [
    testInference({ id: 'ia', premises: ['a'], target: 't', polarity: 'support' }),
    testInference({ id: 'ib', premises: ['b'], target: 't', polarity: 'attack' }),
    ...Array.from({ length: 16 }, (_, i): Inference => (testInference({ id: `il${i}`, premises: [`l${i}`], target: i < 8 ? 'a' : 'b', polarity: 'support' }))),
  ];
  return { ...createEmptyMap(), statements: ids.map((id) => testStatement({ id, text: `Statement ${id}`, kind: id === 't' ? 'thesis' : 'claim' })), inferences: infs };
}

describe('layoutMap with thesisFirst', () => {
  it.each(['TB', 'LR'] as const)('%s: the thesis’s reasons sit side by side next to it, the rest past them, nothing overlapping', (direction) => {
    const map = wideMap();
    const plain = layoutMap(map, { direction });
    const first = layoutMap(map, { direction, thesisFirst: true });
    const along = (b: Box) => (direction === 'TB' ? b.x : b.y);
    const across = (b: Box) => (direction === 'TB' ? b.y : b.x);
    const spread = (l: typeof plain) => Math.abs(along(l.boxes.get('a')!) - along(l.boxes.get('b')!));
    expect(spread(plain)).toBeGreaterThan(2 * spread(first));
    expect(spread(first)).toBeLessThan(400);
    const bandEnd = Math.max(...['t', 'a', 'b'].map((id) => across(first.boxes.get(id)!) + (direction === 'TB' ? first.boxes.get(id)!.height : first.boxes.get(id)!.width)));
    for (let i = 0; i < 16; i++) expect(across(first.boxes.get(`l${i}`)!)).toBeGreaterThan(bandEnd);
    const boxes = statementBoxes(map, first.boxes);
    for (const [i, a] of boxes.entries()) for (const [j, b] of boxes.entries()) if (i < j) expect(overlap(a[1], b[1]), `${a[0]} overlaps ${b[0]}`).toBe(false);
    for (const [, b] of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(first.width);
      expect(b.y + b.height).toBeLessThanOrEqual(first.height);
    }
  });

  it('the seeded map: the thesis and its first layer fit in 1,400 × 500 px', () => {
    const map = seeded as unknown as ArgumentMap;
    const { boxes } = layoutMap(map, { thesisFirst: true });
    const thesis = map.statements.find((s) => s.kind === 'thesis')!;
    const ids = [thesis.id, ...map.inferences.filter((i) => i.target === thesis.id).flatMap((i) => i.premises)];
    const band = ids.map((id) => boxes.get(id)!);
    expect(Math.max(...band.map((b) => b.x + b.width)) - Math.min(...band.map((b) => b.x))).toBeLessThan(1400);
    expect(Math.max(...band.map((b) => b.y + b.height)) - Math.min(...band.map((b) => b.y))).toBeLessThan(500);
  });

  it.each([
    ['no thesis', (m: ArgumentMap) => ({ ...m, statements: m.statements.map((s) => ({ ...s, kind: 'claim' as const })) })],
    ['two theses', (m: ArgumentMap) => ({ ...m, statements: m.statements.map((s) => (s.id === 'a' ? { ...s, kind: 'thesis' as const } : s)) })],
  ])('%s: the layout is the plain one', (_name, change) => {
    const map = change(wideMap());
    expect(layoutMap(map, { thesisFirst: true })).toEqual(layoutMap(map));
  });
});

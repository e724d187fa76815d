import { describe, expect, it } from 'vitest';
import {
  type Box,
  type MapLayout,
  buildLayoutGraph,
  countCrossings,
  createLayoutCache,
  junctionId,
  layoutMap,
} from '../../../core/layout';
import { type ArgumentMap, type LayoutDirection, createEmptyMap } from '../../../core/model/types';
import { layoutWithDagre } from '../../bench/engines';
import { generateMap } from '../../bench/generateMap';
import { createRng } from '../../helpers/rng';
import { testInference, testStatement } from '../../helpers/ids';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(map: ArgumentMap, layout: MapLayout): string[] {
  const boxes = map.statements.map((s) => [s.id, layout.boxes.get(s.id)!] as const);
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i][1], boxes[j][1])) pairs.push(`${boxes[i][0]}/${boxes[j][0]}`);
  return pairs;
}

/** Measured-looking sizes, different from the text estimate: wide, narrow, tall cards. */
function seededSizes(map: ArgumentMap, seed: number) {
  const rng = createRng(seed);
  return new Map(map.statements.map((s) => [s.id, { width: 120 + rng.int(260), height: 40 + rng.int(200) }]));
}

/** The box of what an inference points at: a statement, or the junction of an undercut inference. */
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

describe('layoutMap', () => {
  const map = generateMap(200, { seed: 1 });

  it('returns a box for every statement and every junction', () => {
    const layout = layoutMap(map);
    const graph = buildLayoutGraph(map);
    expect(graph.nodes.some((n) => n.junction)).toBe(true);
    for (const n of graph.nodes) expect(layout.boxes.get(n.id), n.id).toBeDefined();
    expect(layout.boxes.size).toBe(graph.nodes.length);
  });

  it.each([
    ['TB', 1],
    ['LR', 2],
    ['TB', 3],
  ] as const)('overlaps no two statement boxes (%s, seeded sizes %i)', (direction, seed) => {
    const m = generateMap(200, { seed });
    expect(overlappingPairs(m, layoutMap(m, { direction }))).toEqual([]);
    expect(overlappingPairs(m, layoutMap(m, { direction, sizes: seededSizes(m, seed) }))).toEqual([]);
  });

  it.each([
    ['TB', (c: Box, p: Box) => c.y + c.height <= p.y],
    ['LR', (c: Box, p: Box) => c.x + c.width <= p.x],
  ] as const)('in %s puts every conclusion (or junction) before its premises', (direction: LayoutDirection, before) => {
    const layout = layoutMap(map, { direction });
    const graph = buildLayoutGraph(map);
    const wrong = graph.edges.filter((e) => !before(layout.boxes.get(e.from)!, layout.boxes.get(e.to)!));
    expect(wrong).toEqual([]);
  });

  it('fits every box inside its width and height', () => {
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction });
      for (const b of layout.boxes.values()) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
        expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('is deterministic', () => {
    const a = layoutMap(map);
    const b = layoutMap(generateMap(200, { seed: 1 }));
    expect([...b.boxes]).toEqual([...a.boxes]);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
  });

  it.each([1, 2, 3])('crosses no more edges than stock dagre (generated map of 200, seed %i)', (seed) => {
    const m = generateMap(200, { seed });
    const graph = buildLayoutGraph(m);
    const ours = countCrossings(graph, layoutMap(m));
    const dagre = countCrossings(graph, layoutWithDagre(graph));
    expect(ours).toBeLessThanOrEqual(dagre);
  });

  it('lays out cycles, self-contained statements and an empty map', () => {
    const cyclic: ArgumentMap = {
      ...createEmptyMap(),
      statements: ['a', 'b', 'c', 'lonely'].map((id) => testStatement({ id, text: `Statement ${id}` })),
      inferences: [
        testInference({ id: 'i1', premises: ['b'], target: 'a', polarity: 'attack' }),
        testInference({ id: 'i2', premises: ['a'], target: 'b', polarity: 'attack' }),
        testInference({ id: 'i3', premises: ['c', 'a'], target: 'b', polarity: 'support' }),
      ],
    };
    const layout = layoutMap(cyclic);
    expect([...layout.boxes.keys()].sort()).toEqual(['a', 'b', 'c', junctionId('i3'), 'lonely'].sort());
    expect(overlappingPairs(cyclic, layout)).toEqual([]);
    expect(layoutMap(createEmptyMap())).toEqual({ boxes: new Map(), width: 0, height: 0 });
  });
});

describe('createLayoutCache', () => {
  it('reuses unchanged parts and returns exactly what a fresh layout returns', () => {
    const map = generateMap(200, { seed: 4 });
    const cache = createLayoutCache();
    const first = layoutMap(map, { cache });
    const parts = cache.size;
    expect(parts).toBeGreaterThan(1);
    const again = layoutMap(map, { cache });
    expect(cache.hits).toBe(parts);
    expect([...again.boxes]).toEqual([...first.boxes]);

    // Editing one statement's text lays out only its own part again.
    const edited = { ...map, statements: map.statements.map((s, i) => (i === 0 ? { ...s, text: `${s.text} And a much longer ending now.` } : s)) };
    const hitsBefore = cache.hits;
    const afterEdit = layoutMap(edited, { cache });
    expect(cache.hits - hitsBefore).toBe(parts - 1);
    expect([...afterEdit.boxes]).toEqual([...layoutMap(edited).boxes]);
  });

  it('tells directions and sizes apart', () => {
    const map = generateMap(60, { seed: 5 });
    const cache = createLayoutCache();
    const tb = layoutMap(map, { cache, direction: 'TB' });
    const lr = layoutMap(map, { cache, direction: 'LR' });
    expect([...lr.boxes]).toEqual([...layoutMap(map, { direction: 'LR' }).boxes]);
    expect([...lr.boxes]).not.toEqual([...tb.boxes]);
  });

  it('forgets the least recently used parts beyond its capacity', () => {
    const cache = createLayoutCache(2);
    for (const seed of [1, 2, 3]) layoutMap(generateMap(20, { seed }), { cache });
    expect(cache.size).toBe(2);
  });
});

describe('keepPinned', () => {
  const map = generateMap(120, { seed: 6 });
  const layout = layoutMap(map);
  // Pin two statements right on top of others' places.
  const [a, b, c, d] = map.statements.slice(10, 14);
  const at = (id: string) => layout.boxes.get(id)!;
  const pinnedMap: ArgumentMap = {
    ...map,
    statements: map.statements.map((s) =>
      s.id === a.id ? { ...s, pinned: true, position: { x: at(c.id).x + 5, y: at(c.id).y + 5 } }
      : s.id === b.id ? { ...s, pinned: true, position: { x: at(d.id).x, y: at(d.id).y } }
      : s,
    ),
  };

  it('keeps pinned statements where they were put, and moves the others out of their way', () => {
    const kept = layoutMap(pinnedMap, { keepPinned: true });
    expect(kept.boxes.get(a.id)).toMatchObject({ x: at(c.id).x + 5, y: at(c.id).y + 5 });
    expect(kept.boxes.get(b.id)).toMatchObject({ x: at(d.id).x, y: at(d.id).y });
    expect(overlappingPairs(pinnedMap, kept)).toEqual([]);
    for (const b of kept.boxes.values()) {
      expect(b.x + b.width).toBeLessThanOrEqual(kept.width);
      expect(b.y + b.height).toBeLessThanOrEqual(kept.height);
    }
  });

  it('places everything afresh unless asked', () => {
    expect([...layoutMap(pinnedMap).boxes]).toEqual([...layout.boxes]);
  });

  it('does nothing to a layout without pinned statements', () => {
    expect([...layoutMap(map, { keepPinned: true }).boxes]).toEqual([...layout.boxes]);
  });
});

describe('conclusion above premise on a small map', () => {
  it('centres a lone premise under its conclusion', () => {
    const map: ArgumentMap = {
      ...createEmptyMap(),
      statements: [testStatement({ id: 'c', text: 'Conclusion' }), testStatement({ id: 'p', text: 'Premise' })],
      inferences: [testInference({ id: 'i', premises: ['p'], target: 'c', polarity: 'support' })],
    };
    const layout = layoutMap(map);
    expect(centre(layout.boxes.get('p')!).x).toBeCloseTo(centre(layout.boxes.get('c')!).x);
    expect(layout.boxes.get('p')!.y).toBeGreaterThan(layout.boxes.get('c')!.y + layout.boxes.get('c')!.height);
  });
});

import { describe, expect, it } from 'vitest';
import { type Box, type LayoutGraph, countCrossings } from '../../../core/layout';

const node = (id: string) => ({ id, junction: false, width: 2, height: 2 });
/** Boxes of size 2 centred on the given points. */
const layoutAt = (points: Record<string, [number, number]>) => ({
  boxes: new Map<string, Box>(Object.entries(points).map(([id, [x, y]]) => [id, { x: x - 1, y: y - 1, width: 2, height: 2 }])),
  width: 100,
  height: 100,
});
const graphOf = (edges: [string, string][]): LayoutGraph => ({
  nodes: [...new Set(edges.flat())].map(node),
  edges: edges.map(([from, to]) => ({ from, to })),
});

describe('countCrossings', () => {
  it.each([
    ['an X', [['a', 'b'], ['c', 'd']], { a: [0, 0], b: [10, 10], c: [10, 0], d: [0, 10] }, 1],
    ['parallel edges', [['a', 'b'], ['c', 'd']], { a: [0, 0], b: [0, 10], c: [5, 0], d: [5, 10] }, 0],
    ['edges sharing an end', [['a', 'b'], ['a', 'c']], { a: [5, 0], b: [0, 10], c: [10, 10] }, 0],
    ['an edge ending on another', [['a', 'b'], ['c', 'd']], { a: [0, 0], b: [10, 0], c: [5, 0], d: [5, 10] }, 0],
    ['collinear overlap', [['a', 'b'], ['c', 'd']], { a: [0, 0], b: [10, 0], c: [5, 0], d: [15, 0] }, 0],
    ['a fan crossed by a long edge', [['r', 'x'], ['r', 'y'], ['r', 'z'], ['l', 'm']], { r: [5, 0], x: [0, 10], y: [5, 10], z: [10, 10], l: [-5, 5], m: [15, 6] }, 3],
  ] as const)('counts %s', (_, edges, points, expected) => {
    expect(countCrossings(graphOf(edges as unknown as [string, string][]), layoutAt(points as unknown as Record<string, [number, number]>))).toBe(expected);
  });

  it('skips edges whose ends have no box', () => {
    expect(countCrossings(graphOf([['a', 'b'], ['c', 'd']]), layoutAt({ a: [0, 0], b: [10, 10], c: [10, 0] }))).toBe(0);
  });
});

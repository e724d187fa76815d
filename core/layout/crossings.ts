import type { LayoutGraph } from './layoutGraph';
import type { MapLayout } from './box';

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

const properlyCross = (a: Segment, b: Segment): boolean =>
  orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
  orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0;

const segment = (from: number, to: number, x1: number, y1: number, x2: number, y2: number): Segment => ({
  from,
  to,
  x1,
  y1,
  x2,
  y2,
  minX: Math.min(x1, x2),
  maxX: Math.max(x1, x2),
  minY: Math.min(y1, y2),
  maxY: Math.max(y1, y2),
});

function countSegmentCrossings(segments: Segment[]): number {
  segments.sort((a, b) => a.minX - b.minX);
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i];
    for (let j = i + 1; j < segments.length && segments[j].minX <= a.maxX; j++) {
      const b = segments[j];
      if (b.maxY < a.minY || b.minY > a.maxY) continue;
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      if (properlyCross(a, b)) count++;
    }
  }
  return count;
}

/**
 * Edge crossings of a layout, drawing every edge as a straight segment between box
 * centres: pairs of edges that share no endpoint and properly intersect (touching or
 * collinear overlap does not count). A sweep over x keeps it near-linear for layered layouts.
 */
export function countCrossings(graph: LayoutGraph, layout: MapLayout): number {
  const index = new Map<string, number>();
  const indexOf = (id: string): number => index.get(id) ?? index.set(id, index.size).get(id)!;
  const segments: Segment[] = [];
  for (const e of graph.edges) {
    const a = layout.boxes.get(e.from);
    const b = layout.boxes.get(e.to);
    if (!a || !b || e.from === e.to) continue;
    segments.push(segment(indexOf(e.from), indexOf(e.to), a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2));
  }
  return countSegmentCrossings(segments);
}

/** The same count for edges between node indices, given node centres. */
export function countIndexedCrossings(from: Int32Array, to: Int32Array, x: Float64Array, y: Float64Array): number {
  const segments: Segment[] = [];
  for (let e = 0; e < from.length; e++) {
    const a = from[e];
    const b = to[e];
    if (a !== b) segments.push(segment(a, b, x[a], y[a], x[b], y[b]));
  }
  return countSegmentCrossings(segments);
}

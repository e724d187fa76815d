import type { Box } from '../layout/layoutMap';
import type { LayoutDirection } from '../model/types';
import type { Outline } from './geometry';
import type { Point } from './scene';

/**
 * Routes edges around the boxes they do not connect. The layout puts every box of a
 * layer on one centre line, so a layer is a band across the figure with gaps between its
 * boxes. Where a straight edge would clip a box, it instead
 * - leaves (or enters) its own box straight across its band, and
 * - runs through the nearest gap of each band it crosses, e.g. in TB:
 *
 *   conclusion                         conclusion
 *        \          [box] [box]   →        |
 *     [box]\[box]                   [box] | [box]
 *            \                              \
 *          premise                         premise
 */

interface Band {
  /** Centre, start and end along the depth axis (y in TB, x in LR). */
  readonly centre: number;
  readonly start: number;
  readonly end: number;
  /** Box extents along the breadth axis, sorted. */
  readonly spans: readonly (readonly [number, number])[];
}

export interface Bands {
  readonly bands: readonly Band[];
  readonly direction: LayoutDirection;
}

/** An edge's path between two outlines: optional ports on their borders, and the points between. */
export interface Route {
  readonly start?: Point;
  readonly via: readonly Point[];
  readonly end?: Point;
}

const CLEARANCE = 10;
const PORT_INSET = 8;

/** Groups boxes into layer bands by their centre on the depth axis. */
export function getBands(boxes: Iterable<Box>, direction: LayoutDirection): Bands {
  const byCentre = new Map<number, Box[]>();
  for (const b of boxes) {
    const centre = Math.round((direction === 'TB' ? b.y + b.height / 2 : b.x + b.width / 2) * 2) / 2;
    byCentre.set(centre, [...(byCentre.get(centre) ?? []), b]);
  }
  const bands = [...byCentre].map(([centre, list]): Band => {
    const depth = list.map((b) => (direction === 'TB' ? [b.y, b.y + b.height] : [b.x, b.x + b.width]));
    const spans = list
      .map((b): [number, number] => (direction === 'TB' ? [b.x, b.x + b.width] : [b.y, b.y + b.height]))
      .sort((a, b) => a[0] - b[0]);
    return { centre, start: Math.min(...depth.map((d) => d[0])), end: Math.max(...depth.map((d) => d[1])), spans };
  });
  return { bands, direction };
}

/** The breadth nearest to `want` that keeps CLEARANCE from every span of the band. */
function nearestFree(spans: Band['spans'], want: number): number {
  let best = want;
  let bestDist = Infinity;
  const edges = [-Infinity, ...spans.flatMap(([a, b]) => [a - CLEARANCE, b + CLEARANCE]), Infinity];
  for (let i = 0; i < edges.length; i += 2) {
    const [lo, hi] = [edges[i], edges[i + 1]];
    if (lo > hi) continue;
    const p = Math.min(hi, Math.max(lo, want));
    if (Math.abs(p - want) < bestDist) [best, bestDist] = [p, Math.abs(p - want)];
  }
  return best;
}

/** True when a run from breadth p to q crosses no span (with half the clearance). */
function isFree(spans: Band['spans'], p: number, q: number): boolean {
  const [lo, hi] = p < q ? [p, q] : [q, p];
  return spans.every(([a, b]) => hi < a - CLEARANCE / 2 || lo > b + CLEARANCE / 2);
}

/** Axis helpers: depth runs across layers, breadth along them. */
function axes(direction: LayoutDirection) {
  const tb = direction === 'TB';
  return {
    depth: (p: Point): number => (tb ? p.y : p.x),
    breadth: (p: Point): number => (tb ? p.x : p.y),
    point: (br: number, d: number): Point => (tb ? { x: br, y: d } : { x: d, y: br }),
    /** Half extents of an outline: [breadth, depth]. */
    half: (o: Outline): [number, number] => (o.type === 'circle' ? [0, o.r] : tb ? [o.hw, o.hh] : [o.hh, o.hw]),
  };
}

/** Breadth of the line a→b at depth d. */
function lineAt(ax: ReturnType<typeof axes>, a: Point, b: Point, d: number): number {
  const span = ax.depth(b) - ax.depth(a);
  return span === 0 ? ax.breadth(a) : ax.breadth(a) + ((ax.breadth(b) - ax.breadth(a)) * (d - ax.depth(a))) / span;
}

/** Waypoints through the gaps of the bands strictly between two centres. */
function throughBands(bands: Bands, from: Point, to: Point): Point[] {
  const ax = axes(bands.direction);
  const [d0, d1] = [ax.depth(from), ax.depth(to)];
  const [lo, hi] = [Math.min(d0, d1), Math.max(d0, d1)];
  const crossed = bands.bands.filter((b) => b.centre > lo + 1 && b.centre < hi - 1).sort((a, b) => Math.abs(a.centre - d0) - Math.abs(b.centre - d0));
  const out: Point[] = [];
  let prev = from;
  for (const band of crossed) {
    const [enter, leave] = d1 > d0 ? [band.start, band.end] : [band.end, band.start];
    if (isFree(band.spans, lineAt(ax, prev, to, enter), lineAt(ax, prev, to, leave))) continue;
    const br = nearestFree(band.spans, lineAt(ax, prev, to, band.centre));
    out.push(ax.point(br, enter), ax.point(br, leave));
    prev = ax.point(br, leave);
  }
  return out;
}

/** A port on the outline's border and a point at its band's edge, when a straight exit towards `toward` would clip a neighbour. */
function port(bands: Bands, o: Outline, toward: Point): [Point, Point] | null {
  const ax = axes(bands.direction);
  const c = { x: o.cx, y: o.cy };
  const band = bands.bands.find((b) => Math.abs(b.centre - ax.depth(c)) < 1);
  if (!band || Math.abs(ax.depth(toward) - ax.depth(c)) < 1) return null;
  const forward = ax.depth(toward) > ax.depth(c);
  const [halfBreadth, halfDepth] = ax.half(o);
  const edge = ax.depth(c) + (forward ? halfDepth : -halfDepth);
  const bandEdge = forward ? band.end : band.start;
  const others = band.spans.filter(([a, b]) => !(a <= ax.breadth(c) && ax.breadth(c) <= b));
  if (isFree(others, lineAt(ax, c, toward, edge), lineAt(ax, c, toward, bandEdge))) return null;
  const inset = Math.max(0, halfBreadth - PORT_INSET);
  const br = Math.min(ax.breadth(c) + inset, Math.max(ax.breadth(c) - inset, lineAt(ax, c, toward, edge)));
  return [ax.point(br, edge), ax.point(br, bandEdge)];
}

/** How an edge between two outlines avoids the boxes in its way. */
export function getRoute(bands: Bands, from: Outline, to: Outline): Route {
  const [a, b] = [{ x: from.cx, y: from.cy }, { x: to.cx, y: to.cy }];
  const via = throughBands(bands, a, b);
  const into = port(bands, to, via[via.length - 1] ?? a);
  const out = port(bands, from, via[0] ?? into?.[1] ?? b);
  return { start: out?.[0], via: [...(out ? [out[1]] : []), ...via, ...(into ? [into[1]] : [])], end: into?.[0] };
}

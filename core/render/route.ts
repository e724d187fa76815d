import { type Band, type Bands, type Span, axes, bandAt, isClear, lineAt, nearestFree } from './bands';
import type { Outline } from './geometry';
import type { Point } from './scene';

export { type Bands, getBands } from './bands';

/**
 * Routes edges around the boxes they do not connect, in any layered layout (bands.ts).
 * An edge runs straight from centre to centre when nothing is in its way. Otherwise it
 * - leaves (or enters) its own box straight across its band, and
 * - runs through the gap nearest its line in each band it crosses, e.g. in TB:
 *
 *   conclusion                         conclusion
 *        \          [box] [box]   →        |
 *     [box]\[box]                   [box] | [box]
 *            \                              \
 *          premise                         premise
 *
 * then drops every bend it can do without: from each point it goes straight on to the
 * farthest later point it can reach without clipping a box.
 */

/** An edge's path between two outlines: optional ports on their borders, and the points between. */
export interface Route {
  readonly start?: Point;
  readonly via: readonly Point[];
  readonly end?: Point;
}

/** How far a port keeps from its box's corners. */
const PORT_INSET = 8;
/** How far into the free space between bands a bend may sit, so rounded corners stay clear of boxes. */
const BEND_ROOM = 12;

/** One side of a band: its border depth pushed out by the bend room on that side. */
function side(bands: readonly Band[], i: number, forward: boolean): number {
  const band = bands[i];
  const next = bands[forward ? i + 1 : i - 1];
  const gap = next ? (forward ? next.start - band.end : band.start - next.end) : Infinity;
  const room = Math.min(BEND_ROOM, gap / 3);
  return forward ? band.end + room : band.start - room;
}

/** Every bend the edge could need: ports and their band sides, and a gap in each band between. */
function candidates(bands: Bands, from: Outline, to: Outline): { points: Point[]; skip: Set<Span> } | null {
  const ax = axes(bands.direction);
  const [a, b] = [{ x: from.cx, y: from.cy }, { x: to.cx, y: to.cy }];
  const [bandA, bandB] = [bandAt(bands, ax.depth(a)), bandAt(bands, ax.depth(b))];
  if (!bandA || !bandB || bandA === bandB) return null;
  const list = bands.bands;
  const [iA, iB] = [list.indexOf(bandA), list.indexOf(bandB)];
  const forward = iB > iA;
  const step = forward ? 1 : -1;
  const own = (band: Band, c: Point) => band.spans.find(([lo, hi]) => lo <= ax.breadth(c) && ax.breadth(c) <= hi);
  const skip = new Set([own(bandA, a), own(bandB, b)].filter((s): s is Span => s !== undefined));
  /** A port on the outline's border facing `dir`, nearest the line p→q, and the point just past its band. */
  const stub = (o: Outline, c: Point, i: number, dir: boolean, p: Point, q: Point): [Point, Point] => {
    const [halfBreadth, halfDepth] = ax.half(o);
    const face = ax.depth(c) + (dir ? halfDepth : -halfDepth);
    const inset = Math.max(0, halfBreadth - PORT_INSET);
    const br = Math.min(ax.breadth(c) + inset, Math.max(ax.breadth(c) - inset, lineAt(ax, p, q, face)));
    return [ax.point(br, face), ax.point(br, side(list, i, dir))];
  };
  const [a1, a2] = stub(from, a, iA, forward, a, b);
  const points = [a, a1, a2];
  let prev = a2;
  for (let i = iA + step; i !== iB; i += step) {
    const band = list[i];
    const br = nearestFree(band, lineAt(ax, prev, b, (band.start + band.end) / 2));
    prev = ax.point(br, side(list, i, forward));
    points.push(ax.point(br, side(list, i, !forward)), prev);
  }
  const [b1, b2] = stub(to, b, iB, !forward, prev, b);
  points.push(b2, b1, b);
  return { points, skip };
}

/** Indices of the points kept: from each, straight on to the farthest reachable point. */
function pull(points: readonly Point[], clear: (p: Point, q: Point) => boolean): number[] {
  const last = points.length - 1;
  const kept = [0];
  for (let i = 0; i < last; ) {
    let j = i + 1;
    if (clear(points[i], points[last])) j = last;
    else while (j + 1 < last && clear(points[i], points[j + 1])) j++;
    kept.push((i = j));
  }
  return kept;
}

const same = (p: Point, q: Point) => Math.abs(p.x - q.x) < 0.01 && Math.abs(p.y - q.y) < 0.01;

/** How an edge between two outlines avoids the boxes in its way. */
export function getRoute(bands: Bands, from: Outline, to: Outline): Route {
  const c = candidates(bands, from, to);
  if (!c) return { via: [] };
  const { points, skip } = c;
  const n = points.length;
  const kept = pull(points, (p, q) => isClear(bands, p, q, skip));
  // A port stays a port: leave (or enter) straight across the band, not aslant through it.
  const startPort = kept[1] <= 2;
  const endPort = kept[kept.length - 2] >= n - 3;
  const inner = kept.slice(1, -1).filter((i) => i > 1 && i < n - 2);
  if (startPort && inner[0] !== 2) inner.unshift(2);
  if (endPort && inner[inner.length - 1] !== n - 3) inner.push(n - 3);
  const start = startPort ? points[1] : undefined;
  const end = endPort ? points[n - 2] : undefined;
  const via: Point[] = [];
  for (const p of inner.map((i) => points[i])) if (!same(p, via[via.length - 1] ?? start ?? points[0])) via.push(p);
  while (end && via.length && same(via[via.length - 1], end)) via.pop();
  return { start, via, end };
}

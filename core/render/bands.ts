import type { Box } from '../layout/layoutMap';
import type { LayoutDirection } from '../model/types';
import type { Outline } from './geometry';
import type { Point } from './scene';

/**
 * The layers of a layered layout as bands across the figure, found from the boxes
 * themselves: boxes whose depth intervals overlap share a band (whether the engine put a
 * layer on one centre line, like ours, or centred boxes of different heights, like dagre),
 * and each band spans its tallest box. Between two bands there is no box at all, so any
 * line there is clear; inside a band, a line is clear where it keeps off every box's span
 * (channels.ts routes edges so).
 */

/** A box's extent along the breadth axis. */
export type Span = readonly [number, number];

export interface Band {
  /** Start and end along the depth axis (y in TB, x in LR). */
  readonly start: number;
  readonly end: number;
  /** Box extents along the breadth axis, sorted by start. */
  readonly spans: readonly Span[];
}

export interface Bands {
  /** Sorted by start; they do not overlap. */
  readonly bands: readonly Band[];
  readonly direction: LayoutDirection;
}

/** Gap kept between a run through a band and the boxes beside it. */
export const CLEARANCE = 10;

/** Axis helpers: depth runs across layers, breadth along them. */
export function axes(direction: LayoutDirection) {
  const tb = direction === 'TB';
  return {
    depth: (p: Point): number => (tb ? p.y : p.x),
    breadth: (p: Point): number => (tb ? p.x : p.y),
    point: (br: number, d: number): Point => (tb ? { x: br, y: d } : { x: d, y: br }),
    /** Half extents of an outline: [breadth, depth]. */
    half: (o: Outline): [number, number] => (o.type === 'circle' ? [0, o.r] : tb ? [o.hw, o.hh] : [o.hh, o.hw]),
  };
}
export type Axes = ReturnType<typeof axes>;

/** Breadth of the line a→b at depth d. */
export function lineAt(ax: Axes, a: Point, b: Point, d: number): number {
  const span = ax.depth(b) - ax.depth(a);
  return span === 0 ? ax.breadth(a) : ax.breadth(a) + ((ax.breadth(b) - ax.breadth(a)) * (d - ax.depth(a))) / span;
}

/** Groups boxes into bands of overlapping depth intervals. */
export function getBands(boxes: Iterable<Box>, direction: LayoutDirection): Bands {
  const tb = direction === 'TB';
  const items = [...boxes]
    .map((b) => (tb ? [b.y, b.y + b.height, b.x, b.x + b.width] : [b.x, b.x + b.width, b.y, b.y + b.height]))
    .sort((p, q) => p[0] - q[0]);
  const groups: number[][][] = [];
  let end = -Infinity;
  for (const it of items) {
    if (it[0] >= end) groups.push([]);
    end = it[0] >= end ? it[1] : Math.max(end, it[1]);
    groups[groups.length - 1].push(it);
  }
  const bands = groups.map((g): Band => {
    const spans = g.map((it): Span => [it[2], it[3]]).sort((p, q) => p[0] - q[0]);
    return { start: Math.min(...g.map((it) => it[0])), end: Math.max(...g.map((it) => it[1])), spans };
  });
  return { bands, direction };
}

/** The band holding depth d, if any. */
export const bandAt = (bands: Bands, d: number): Band | undefined => bands.bands.find((b) => b.start <= d && d <= b.end);

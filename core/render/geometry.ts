import type { Point, ScenePolygon } from './scene';
import { type HeadShape, INK, SIZES } from './style';

/** A shape an edge can end on: a box (statement) or a circle (junction). */
export type Outline =
  | { readonly type: 'box'; readonly cx: number; readonly cy: number; readonly hw: number; readonly hh: number }
  | { readonly type: 'circle'; readonly cx: number; readonly cy: number; readonly r: number };

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
/** The point `t` units from p along unit vector d. */
export const along = (p: Point, d: Point, t: number): Point => ({ x: p.x + d.x * t, y: p.y + d.y * t });

/** Unit vector from a to b (zero when they coincide). */
export function direction(a: Point, b: Point): Point {
  const d = sub(b, a);
  const len = Math.hypot(d.x, d.y);
  return len === 0 ? { x: 0, y: 0 } : { x: d.x / len, y: d.y / len };
}

/** Where the ray from the outline's centre towards `toward` leaves the outline, `gap` further out. */
export function exitPoint(o: Outline, toward: Point, gap = 0): Point {
  const c = { x: o.cx, y: o.cy };
  const d = direction(c, toward);
  if (o.type === 'circle') return along(c, d, o.r + gap);
  const tx = d.x === 0 ? Infinity : (o.hw + gap) / Math.abs(d.x);
  const ty = d.y === 0 ? Infinity : (o.hh + gap) / Math.abs(d.y);
  return along(c, d, Math.min(tx, ty));
}

/** The arrowhead polygon at `tip`, pointing along unit `d`, and where the line should stop. */
export function arrowHead(tip: Point, d: Point, shape: HeadShape): { polygon: ScenePolygon; lineEnd: Point } {
  const n = { x: -d.y, y: d.x };
  if (shape === 'triangle') {
    const base = along(tip, d, -SIZES.headLength);
    const w = SIZES.headWidth / 2;
    return { polygon: { fill: INK, points: [tip, along(base, n, w), along(base, n, -w)] }, lineEnd: along(tip, d, -SIZES.headLength + 1) };
  }
  const t = SIZES.barThickness;
  const back = along(tip, d, -t);
  const w = SIZES.barWidth / 2;
  return {
    polygon: { fill: INK, points: [along(tip, n, w), along(tip, n, -w), along(back, n, -w), along(back, n, w)] },
    lineEnd: along(tip, d, -t / 2),
  };
}

export type PathCommand =
  | { readonly op: 'M' | 'L'; readonly to: Point }
  | { readonly op: 'C'; readonly c1: Point; readonly c2: Point; readonly to: Point };

/** A polyline as path commands, its inner corners rounded with radius `r` (shared by SVG and PDF). */
export function roundedPath(points: readonly Point[], r = 14): PathCommand[] {
  const out: PathCommand[] = [{ op: 'M', to: points[0] }];
  for (let i = 1; i < points.length - 1; i++) {
    const [p, v, n] = [points[i - 1], points[i], points[i + 1]];
    const rr = Math.min(r, Math.hypot(v.x - p.x, v.y - p.y) / 2, Math.hypot(n.x - v.x, n.y - v.y) / 2);
    const a = along(v, direction(v, p), rr);
    const b = along(v, direction(v, n), rr);
    out.push({ op: 'L', to: a });
    // A quadratic corner through v, written as the equivalent cubic.
    out.push({ op: 'C', c1: along(a, sub(v, a), 2 / 3), c2: along(b, sub(v, b), 2 / 3), to: b });
  }
  if (points.length > 1) out.push({ op: 'L', to: points[points.length - 1] });
  return out;
}

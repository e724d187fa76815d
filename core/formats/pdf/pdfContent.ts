import { roundedPath } from '../../render/geometry';
import type { Point } from '../../render/scene';
import type { BoxStyle, LineStyle } from '../../render/style';

/** Content-stream operators for scene shapes, in scene coordinates (y down, flipped by the caller's cm); text is set by server/render/pdf.ts in embedded fonts. */

const num = (v: number): string => String(Math.round(v * 100) / 100);
const K = 0.5523; // Bézier handle length for a quarter circle

function rgb(hex: string): string {
  const v = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  return [0, 2, 4].map((i) => num(parseInt(v.slice(i, i + 2), 16) / 255)).join(' ');
}

const dash = (d: readonly number[]): string => `[${d.map(num).join(' ')}] 0 d`;

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  r = Math.min(r, w / 2, h / 2);
  if (r <= 0) return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  const k = r * K;
  const c = (x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): string => `${[x1, y1, x2, y2, x3, y3].map(num).join(' ')} c`;
  return [
    `${num(x + r)} ${num(y)} m`,
    `${num(x + w - r)} ${num(y)} l`,
    c(x + w - r + k, y, x + w, y + r - k, x + w, y + r),
    `${num(x + w)} ${num(y + h - r)} l`,
    c(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h),
    `${num(x + r)} ${num(y + h)} l`,
    c(x + r - k, y + h, x, y + h - r + k, x, y + h - r),
    `${num(x)} ${num(y + r)} l`,
    c(x, y + r - k, x + r - k, y, x + r, y),
    'h',
  ].join('\n');
}

export function box(x: number, y: number, w: number, h: number, s: BoxStyle): string {
  return `${rgb(s.fill)} rg ${rgb(s.stroke)} RG ${num(s.strokeWidth)} w ${dash(s.dash)} 0 J\n${roundedRect(x, y, w, h, s.radius)}\nB`;
}

export function polyline(points: readonly Point[], s: LineStyle): string {
  const pt = (p: Point): string => `${num(p.x)} ${num(p.y)}`;
  const path = roundedPath(points)
    .map((c) => (c.op === 'C' ? `${pt(c.c1)} ${pt(c.c2)} ${pt(c.to)} c` : `${pt(c.to)} ${c.op.toLowerCase()}`))
    .join(' ');
  return `${rgb(s.stroke)} RG ${num(s.width)} w ${dash(s.dash)} ${s.cap === 'round' ? 1 : 0} J\n${path} S`;
}

export function polygon(points: readonly Point[], fill: string): string {
  return `${rgb(fill)} rg\n${points.map((p, i) => `${num(p.x)} ${num(p.y)} ${i ? 'l' : 'm'}`).join(' ')} h f`;
}

export function circle(cx: number, cy: number, r: number, fill: string): string {
  const k = r * K;
  const c = (...v: number[]): string => `${v.map(num).join(' ')} c`;
  return [
    `${rgb(fill)} rg`,
    `${num(cx + r)} ${num(cy)} m`,
    c(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    c(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    c(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    c(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
    'h f',
  ].join('\n');
}

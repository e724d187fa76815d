import { estimateStatementSize } from '../../core/layout';

type Rect = { left: number; top: number; right: number; bottom: number };
type Point = { x: number; y: number };

const MARGIN = 8;
/** What floats over the canvas: a card put under one of them could not be read or clicked. */
const OVERLAYS = '.react-flow__controls, .react-flow__minimap, .view-bar';

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxAt = (c: Point, w: number, h: number): Rect => ({ left: c.x - w / 2, top: c.y - h / 2, right: c.x + w / 2, bottom: c.y + h / 2 });

/**
 * Where on screen a new card's centre goes when the person double-clicks at `point`: there, unless
 * the card would stick out of the canvas or lie under the zoom buttons, the minimap or the view bar
 * (Collapse, Focus, Filter, Find); then the nearest place that clears them (a double-click by the left edge used to put half
 * the card under the zoom buttons).
 */
export function clearOfControls(canvas: HTMLElement, point: Point, zoom: number): Point {
  const pane = canvas.getBoundingClientRect();
  const size = estimateStatementSize('');
  const w = size.width * zoom;
  const h = size.height * zoom;
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi));
  const inside = (p: Point): Point => ({
    x: clamp(p.x, pane.left + w / 2 + MARGIN, pane.right - w / 2 - MARGIN),
    y: clamp(p.y, pane.top + h / 2 + MARGIN, pane.bottom - h / 2 - MARGIN),
  });
  const overlays: Rect[] = [...canvas.ownerDocument.querySelectorAll(OVERLAYS)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const clear = (p: Point) => !overlays.some((o) => overlaps(boxAt(p, w, h), o));
  const start = inside(point);
  if (clear(start)) return start;
  // Past each overlay on each side, kept inside the canvas; the nearest that clears them all.
  const candidates = overlays.flatMap((o) => [
    { x: o.right + MARGIN + w / 2, y: start.y },
    { x: o.left - MARGIN - w / 2, y: start.y },
    { x: start.x, y: o.bottom + MARGIN + h / 2 },
    { x: start.x, y: o.top - MARGIN - h / 2 },
  ]).map(inside).filter(clear);
  const distance = (p: Point) => Math.hypot(p.x - start.x, p.y - start.y);
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? start;
}

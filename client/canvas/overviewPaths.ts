import { CARD_WIDTH } from '../../core/layout';
import { getRelationPath } from './edgePath';
import { type CanvasNode, type RelationEdge, getEdgeEnd, getNodeSize } from './projection';

/**
 * The whole map as a few paths for one canvas, to draw far out (OverviewLayer.tsx): cards grouped
 * by fill, border and bar colour, edges by kind, junctions by polarity. A colour is a literal or
 * a CSS custom property ('--support'), looked up when drawn, so a theme change needs no rebuild.
 * The paths sit in square cells of the plane, and a frame draws the dozen or so calls of each cell
 * in view: panning far out asks nothing of the DOM, which is what made frames slow at a thousand
 * statements.
 */
interface Cell {
  /** Card bodies and junctions, by fill colour. */
  readonly fills: Map<string, Path2D>;
  /** Cards' left bars, by colour: drawn over the bodies and borders. */
  readonly bars: Map<string, Path2D>;
  /** Card borders: colour → width → path. */
  readonly borders: Map<string, Map<number, Path2D>>;
  readonly edges: Map<string, { readonly colour: string; readonly width: number; readonly path: Path2D }>;
  /** What the cell's paths cover, in flow pixels. */
  box: { x: number; y: number; x2: number; y2: number };
}

/** The map's paths in square cells of the flow plane, so a frame draws only the cells in view. */
export type OverviewPaths = readonly Cell[];

const CELL = 2000;
/** How far a bezier or a self-loop may bulge out of the box of its two ends, in flow pixels. */
const BULGE = 300;
const RADIUS = 8;
const BAR = { thesis: 6, other: 5 };
const group = <K, V>(m: Map<K, V>, key: K, make: () => V): V => m.get(key) ?? m.set(key, make()).get(key)!;

/** Paths for the given projected nodes and edges (positions in flow pixels). */
export function buildOverviewPaths(nodes: readonly CanvasNode[], edges: readonly RelationEdge[]): OverviewPaths {
  const cells = new Map<string, Cell>();
  const cellAt = (x: number, y: number, x2: number, y2: number): Cell => {
    const cell = group(cells, `${Math.floor(x / CELL)} ${Math.floor(y / CELL)}`, () => ({ fills: new Map(), bars: new Map(), borders: new Map(), edges: new Map(), box: { x, y, x2, y2 } }));
    const b = cell.box;
    cell.box = { x: Math.min(b.x, x), y: Math.min(b.y, y), x2: Math.max(b.x2, x2), y2: Math.max(b.y2, y2) };
    return cell;
  };
  const byId = new Map<string, CanvasNode>();
  for (const n of nodes) {
    byId.set(n.id, n);
    const { x, y } = n.position;
    if (n.type === 'junction') {
      const size = n.measured?.width ?? 14;
      const circle = new Path2D();
      circle.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
      group(cellAt(x, y, x + size, y + size).fills, n.data.inference.polarity === 'attack' ? '--attack' : '--support', () => new Path2D()).addPath(circle);
      continue;
    }
    const { kind, color } = n.data.statement;
    const h = getNodeSize(n).height;
    const cell = cellAt(x, y, x + CARD_WIDTH, y + h);
    const thesis = kind === 'thesis';
    group(cell.fills, kind === 'claim' ? '--claim' : `--${kind}`, () => new Path2D()).roundRect(x, y, CARD_WIDTH, h, RADIUS);
    const bar = thesis ? BAR.thesis : BAR.other;
    group(cell.bars, color ?? (kind === 'claim' ? '--border' : `--bar-${kind}`), () => new Path2D()).roundRect(x, y, bar, h, [RADIUS, 0, 0, RADIUS]);
    const border = thesis ? 2.5 : 1.5;
    const byWidth = group(cell.borders, thesis ? '--bar-thesis' : '--border', () => new Map<number, Path2D>());
    group(byWidth, border, () => new Path2D()).roundRect(x + border / 2, y + border / 2, CARD_WIDTH - border, h - border, RADIUS);
  }
  for (const e of edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target || !e.data) continue;
    const from = getEdgeEnd(source, 'source');
    const to = getEdgeEnd(target, 'target');
    const d = getRelationPath(from, to, e.source === e.target, getNodeSize(source));
    // styles.css: 2 px lines, undercuts 2.5, a selected relation 3.5; far out plain, without dashes or arrowheads.
    const width = e.selected ? 3.5 : e.data.kind === 'undercut' ? 2.5 : 2;
    const cell = cellAt(Math.min(from.x, to.x) - BULGE, Math.min(from.y, to.y) - BULGE, Math.max(from.x, to.x) + BULGE, Math.max(from.y, to.y) + BULGE);
    const colour = `--${e.data.kind}`;
    group(cell.edges, `${colour} ${width}`, () => ({ colour, width, path: new Path2D() })).path.addPath(new Path2D(d));
  }
  return [...cells.values()];
}

/** Resolves a colour name: a CSS custom property read from `style`, or the literal itself. */
export type Palette = (name: string) => string;

export function getPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const cache = new Map<string, string>();
  return (name) => {
    if (!name.startsWith('--')) return name;
    return cache.get(name) ?? (cache.set(name, style.getPropertyValue(name).trim() || '#888'), cache.get(name)!);
  };
}

/**
 * Draws the cells in view under the viewport `transform` ([x, y, zoom], as React Flow keeps it)
 * on a canvas of `width` × `height` CSS pixels whose backing store is `ratio` device pixels per
 * CSS pixel: edges first, then cards over them.
 */
export function drawOverview(ctx: CanvasRenderingContext2D, paths: OverviewPaths, palette: Palette, transform: readonly [number, number, number], size: { width: number; height: number; ratio: number }): void {
  const { width, height, ratio } = size;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const [x, y, zoom] = transform;
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
  const view = { x: -x / zoom, y: -y / zoom, x2: (width - x) / zoom, y2: (height - y) / zoom };
  const shown = paths.filter(({ box: b }) => b.x <= view.x2 && b.x2 >= view.x && b.y <= view.y2 && b.y2 >= view.y);
  for (const cell of shown) {
    for (const line of cell.edges.values()) {
      ctx.strokeStyle = palette(line.colour);
      ctx.lineWidth = line.width;
      ctx.stroke(line.path);
    }
  }
  const fill = (m: ReadonlyMap<string, Path2D>) => {
    for (const [colour, path] of m) {
      ctx.fillStyle = palette(colour);
      ctx.fill(path);
    }
  };
  for (const cell of shown) fill(cell.fills);
  for (const cell of shown) {
    for (const [colour, byWidth] of cell.borders) {
      ctx.strokeStyle = palette(colour);
      for (const [w, path] of byWidth) {
        ctx.lineWidth = w;
        ctx.stroke(path);
      }
    }
  }
  for (const cell of shown) fill(cell.bars);
}

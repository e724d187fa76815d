import { hasJunction, junctionId } from '../layout/layoutGraph';
import { type MapLayout, layoutMap } from '../layout/layoutMap';
import type { ArgumentMap, Id, LayoutDirection, Statement } from '../model/types';
import { reflowLayers } from './reflow';
import { edgeRole, routeEdge } from './edges';
import { type Bands, getBands } from './bands';
import { routeChannels } from './channels';
import { untangleBands } from './untangle';
import type { Outline } from './geometry';
import { buildLegend } from './legend';
import { getNodeText, type NodeText } from './nodeText';
import type { Scene, SceneJunction, SceneNode } from './scene';
import { CAPTION_STYLE, type EdgeRole, KIND_STYLES, SIZES } from './style';

const MIN_MARGIN = 20;

export interface SceneOptions {
  /** Add a legend of the line styles used, below the map. */
  readonly legend?: boolean;
  /** Overrides the map's direction. */
  readonly direction?: LayoutDirection;
  /** Card width in figure units (default SIZES.nodeWidth). */
  readonly cardWidth?: number;
  /** Top-down layouts wider than this wrap their wide layers into rows (reflow.ts). */
  readonly maxWidth?: number;
  /** Printed size of one figure unit, in pt (default 1). */
  readonly scale?: number;
}

function placeNode(s: Statement, text: NodeText, layout: MapLayout): SceneNode {
  const b = layout.boxes.get(s.id)!;
  const style = KIND_STYLES[s.kind];
  const cx = b.x + b.width / 2;
  const top = b.y + SIZES.padTop;
  const linesTop = top + (text.caption ? SIZES.captionBand : 0);
  const caption = text.caption ? { text: text.caption, x: cx, y: top + CAPTION_STYLE.size * 0.8, anchor: 'middle' as const, style: CAPTION_STYLE } : null;
  const lines = text.lines.map((line, i) => ({
    text: line,
    x: cx,
    y: linesTop + (i + 0.5) * SIZES.lineHeight + 0.36 * style.text.size,
    anchor: 'middle' as const,
    style: style.text,
  }));
  return { id: s.id, kind: s.kind, x: b.x, y: b.y, width: b.width, height: b.height, box: style.box, caption, lines };
}

/** Builds the figure of a map: wraps text, lays it out, routes lines, adds the legend. */
export function buildScene(map: ArgumentMap, options: SceneOptions = {}): Scene {
  const direction = options.direction ?? map.direction;
  const texts = new Map(map.statements.map((s) => [s.id, getNodeText(s, options.cardWidth)]));
  const laid = layoutMap(map, { sizes: texts, direction, fewerCrossings: true });
  const reflowed = options.maxWidth && direction === 'TB' ? reflowLayers(map, laid, options.maxWidth) : laid;
  let layout = untangleBands(reflowed, getEdgeEnds(map, (key) => reflowed.boxes.has(key)).filter((w) => w.from !== w.to), direction);
  let drawn = drawLayout(map, texts, layout, direction);
  // Gaps too shallow for their tracks are deepened once, and the edges routed again.
  if (drawn.extra.some((e) => e > 0)) {
    layout = deepenGaps(layout, getBands(layout.boxes.values(), direction), drawn.extra, direction);
    drawn = drawLayout(map, texts, layout, direction);
  }
  const { nodes, junctions, edges } = drawn;
  // An empty map still gets a small blank page rather than a zero-size figure; a self-attack's
  // loop stands out of its card's right side, so keep a margin beyond it too.
  const loopEnds = edges.filter((e) => e.from === e.to).flatMap((e) => e.points.map((p) => p.x + MIN_MARGIN / 2));
  const [width, height] = [Math.max(layout.width, 2 * MIN_MARGIN, ...loopEnds), Math.max(layout.height, 2 * MIN_MARGIN)];
  const base: Scene = { title: map.title, direction, scale: options.scale ?? 1, width, height, nodes, junctions, edges, legend: null };
  return options.legend ? buildLegend(base, map) : base;
}

type EdgeEnds = { inference: Id; role: EdgeRole; from: string; to: string; withHead: boolean };

/** The lines a figure draws, by the keys of the cards and junctions they join (`has` says which exist). */
function getEdgeEnds(map: ArgumentMap, has: (key: string) => boolean): EdgeEnds[] {
  const keyOf = (id: Id): string => (has(id) ? id : junctionId(id));
  const wanted: EdgeEnds[] = [];
  for (const inf of map.inferences) {
    const role = edgeRole(map, inf);
    const target = keyOf(inf.target);
    const own = junctionId(inf.id);
    if (has(own)) {
      for (const p of inf.premises) wanted.push({ inference: inf.id, role, from: p, to: own, withHead: false });
      wanted.push({ inference: inf.id, role, from: own, to: target, withHead: true });
    } else for (const p of inf.premises) wanted.push({ inference: inf.id, role, from: p, to: target, withHead: true });
  }
  return wanted.filter((w) => has(w.from) && has(w.to));
}

/** Cards, junctions and edges on a layout; `extra` says how much deeper each gap between bands must be for its tracks. */
function drawLayout(map: ArgumentMap, texts: ReadonlyMap<Id, NodeText>, layout: MapLayout, direction: LayoutDirection) {
  const nodes = map.statements.map((s) => placeNode(s, texts.get(s.id)!, layout));
  const junctions: SceneJunction[] = map.inferences
    .filter((inf) => hasJunction(map, inf.id))
    .map((inf) => {
      const b = layout.boxes.get(junctionId(inf.id))!;
      return { inference: inf.id, key: junctionId(inf.id), cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: SIZES.junctionRadius };
    });
  const outlines = new Map<string, Outline>();
  for (const n of nodes) outlines.set(n.id, { type: 'box', cx: n.x + n.width / 2, cy: n.y + n.height / 2, hw: n.width / 2, hh: n.height / 2 });
  for (const j of junctions) outlines.set(j.key, { type: 'circle', cx: j.cx, cy: j.cy, r: j.r });
  const ends = getEdgeEnds(map, (key) => outlines.has(key));
  // A statement attacking itself is drawn as a loop beside its card, outside the channels.
  const drawable = ends.filter((w) => w.from !== w.to);
  const loops = ends.filter((w) => w.from === w.to).map((w) => routeEdge(outlines, { via: [] }, w));
  const { routes, extra } = routeChannels(getBands(layout.boxes.values(), direction), outlines, drawable);
  const edges = [...drawable.map((w, i) => routeEdge(outlines, routes[i], w)), ...loops].filter((e) => e !== null);
  return { nodes, junctions, edges, extra };
}

/** The layout with each gap between bands deepened by its extra (bands after it move along). */
function deepenGaps(layout: MapLayout, bands: Bands, extra: readonly number[], direction: LayoutDirection): MapLayout {
  const tb = direction === 'TB';
  const shiftAt = (depth: number) => bands.bands.reduce((sum, band, i) => (band.end <= depth ? sum + extra[i] : sum), 0);
  const boxes = new Map([...layout.boxes].map(([id, b]) => [id, tb ? { ...b, y: b.y + shiftAt(b.y) } : { ...b, x: b.x + shiftAt(b.x) }]));
  const total = extra.reduce((a, b) => a + b, 0);
  return { boxes, width: layout.width + (tb ? 0 : total), height: layout.height + (tb ? total : 0) };
}

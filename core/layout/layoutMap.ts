import type { ArgumentMap, Id, LayoutDirection } from '../model/types';
import { type Box, LAYOUT_MARGIN, LAYOUT_SPACING, type MapLayout } from './box';
import { type LayoutCache, componentKey } from './cache';
import { packComponents, splitComponents } from './components';
import { type ComponentGraph, type ComponentLayout, layoutComponent } from './layered';
import { DAGRE_MAX_NODES, layoutComponentWithDagre } from './dagreComponent';
import { buildLayoutGraph, type LayoutGraph } from './layoutGraph';
import { keepPinnedStatements } from './pinned';
import { putThesisFirst } from './thesisFirst';
import type { Size } from './size';

/**
 * Full layout of a map: map → layout graph (layoutGraph.ts) → connected parts
 * (components.ts), each laid out by dagre (dagreComponent.ts) when it is small enough for
 * dagre to be quick, else in layers by our own engine (layered.ts: rank.ts, layers.ts,
 * order.ts, treeOrder.ts, refine.ts, position.ts), or taken from a LayoutCache (cache.ts)
 * → parts packed side by side → optionally pinned statements put back (pinned.ts).
 * Adding statements to a laid-out map without moving anything: place.ts.
 *
 * Big parts cost about linearly: under 1/20 of stock dagre's time at 1,000 statements and
 * about 1/90 at 3,000, with fewer crossings (see `npm run bench`).
 */
export type { Box, MapLayout } from './box';

export interface LayoutOptions {
  readonly direction?: LayoutDirection;
  /** Measured sizes, when a DOM measured them; otherwise estimated from text. */
  readonly sizes?: ReadonlyMap<Id, Size>;
  /** Reuses the layout of connected parts that did not change since an earlier call. */
  readonly cache?: LayoutCache;
  /** Pinned statements with a position stay there; the rest make room around them. */
  readonly keepPinned?: boolean;
  /** The thesis and its reasons and objections side by side at the top (thesisFirst.ts): for the canvas, where a person first reads. */
  readonly thesisFirst?: boolean;
  /** Unconnected parts are packed into a block this many times as wide as tall (default 1, square). */
  readonly aspect?: number;
  /** Search longer for a layer order with fewer crossings (figureOrder.ts): for figures, where every line is read. */
  readonly fewerCrossings?: boolean;
}

/**
 * Lays a layout graph out: each connected part as layers (conclusions above premises
 * in TB, left of them in LR), parts packed side by side; pure: graph in, boxes out.
 */
export function layoutGraph(graph: LayoutGraph, direction: LayoutDirection = 'TB', cache?: LayoutCache, aspect = 1, fewerCrossings = false): MapLayout {
  const layoutPart = (c: ComponentGraph): ComponentLayout =>
    c.ids.length <= DAGRE_MAX_NODES ? layoutComponentWithDagre(c, LAYOUT_SPACING, fewerCrossings) : layoutComponent(c, LAYOUT_SPACING);
  const parts = splitComponents(graph, direction).map((c): ComponentLayout => {
    if (!cache || fewerCrossings) return layoutPart(c); // the cache holds plain layouts only
    const key = componentKey(c, LAYOUT_SPACING);
    const known = cache.get(key);
    if (known) return known;
    const fresh = layoutPart(c);
    cache.set(key, fresh);
    return fresh;
  });
  const offsets = packComponents(
    parts.map((p) => ({ breadth: p.breadthExtent, depth: p.depthExtent })),
    2 * LAYOUT_SPACING.nodeGap,
    direction === 'LR' ? 1 / aspect : aspect,
  );
  const size = new Map(graph.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>();
  let breadthEnd = 0;
  let depthEnd = 0;
  parts.forEach((part, k) => {
    const ob = offsets[k].breadth + LAYOUT_MARGIN;
    const od = offsets[k].depth + LAYOUT_MARGIN;
    breadthEnd = Math.max(breadthEnd, ob + part.breadthExtent);
    depthEnd = Math.max(depthEnd, od + part.depthExtent);
    part.ids.forEach((id, i) => {
      const { width, height } = size.get(id)!;
      const along = ob + part.breadthCentre[i];
      const across = od + part.depthCentre[i];
      const [cx, cy] = direction === 'LR' ? [across, along] : [along, across];
      boxes.set(id, { x: cx - width / 2, y: cy - height / 2, width, height });
    });
  });
  const [width, height] = direction === 'LR' ? [depthEnd, breadthEnd] : [breadthEnd, depthEnd];
  return { boxes, width: boxes.size ? width + LAYOUT_MARGIN : 0, height: boxes.size ? height + LAYOUT_MARGIN : 0 };
}

/** Positions every statement (and inference junction) of a map. */
export function layoutMap(map: ArgumentMap, options: LayoutOptions = {}): MapLayout {
  const direction = options.direction ?? map.direction;
  const full = layoutGraph(buildLayoutGraph(map, options.sizes), direction, options.cache, options.aspect, options.fewerCrossings);
  const layout = options.thesisFirst
    ? putThesisFirst(map, full, direction, (band, sizes) => layoutGraph(buildLayoutGraph(band, sizes), direction))
    : full;
  return options.keepPinned ? keepPinnedStatements(map, layout, direction) : layout;
}

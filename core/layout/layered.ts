import { countIndexedCrossings } from './crossings';
import { type Layers, buildLayers } from './layers';
import { orderLayers } from './order';
import { refineOrder } from './refine';
import { assignBreadthPositions, type Spacing } from './position';
import { assignRanks, breakCycles } from './rank';

/**
 * One connected part of a layout graph, in abstract axes: "breadth" runs along a layer
 * (x in TB, y in LR), "depth" across layers, from conclusions to premises.
 */
export interface ComponentGraph {
  readonly ids: readonly string[];
  readonly breadth: Float64Array;
  readonly depth: Float64Array;
  /** Edges as node indices, conclusion → premise. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Node centres of a laid-out component; its boxes span [0, extent] on both axes. */
export interface ComponentLayout {
  readonly ids: readonly string[];
  readonly breadthCentre: Float64Array;
  readonly depthCentre: Float64Array;
  readonly breadthExtent: number;
  readonly depthExtent: number;
}

export interface LayeredSpacing extends Spacing {
  /** Gap between neighbouring layers. */
  readonly layerGap: number;
}

/**
 * Edges are drawn straight, not along their dummies; so once placed, each layer is
 * re-sorted with every dummy where its edge's straight line crosses that layer, the
 * order refined again and the layer placed again; the placement with the fewest
 * crossings of straight edges wins.
 */
function placeStraightest(
  layers: Layers,
  from: Int32Array,
  to: Int32Array,
  breadth: Float64Array,
  rankCentre: Float64Array,
  spacing: Spacing,
): Float64Array {
  const n = layers.realCount;
  const y = Float64Array.from({ length: n }, (_, v) => rankCentre[layers.rank[v]]);
  let best = assignBreadthPositions(layers, breadth, spacing);
  let bestCrossings = countIndexedCrossings(from, to, best, y);
  const rounds = 3;
  let x = best;
  for (let round = 0; round < rounds && bestCrossings > 0; round++) {
    const key = x.slice();
    for (let d = n; d < layers.count; d++) {
      const c = layers.chains.ofDummy[d - n];
      const u = layers.chains.upper[c];
      const v = layers.chains.lower[c];
      const t = (rankCentre[layers.rank[d]] - y[u]) / (y[v] - y[u]);
      key[d] = (1 - t) * x[u] + t * x[v];
    }
    for (const layer of layers.layers) layer.set(Array.from(layer).sort((a, b) => key[a] - key[b]));
    refineOrder(layers);
    x = assignBreadthPositions(layers, breadth, spacing);
    const crossings = countIndexedCrossings(from, to, x, y);
    if (crossings < bestCrossings) {
      best = x;
      bestCrossings = crossings;
    }
  }
  return best;
}

/** Lays out one component: rank, order, place (a Sugiyama-style layered drawing). */
export function layoutComponent(c: ComponentGraph, spacing: LayeredSpacing): ComponentLayout {
  const n = c.ids.length;
  if (n === 1) {
    const [breadth, depth] = [c.breadth[0], c.depth[0]];
    return { ids: c.ids, breadthCentre: Float64Array.of(breadth / 2), depthCentre: Float64Array.of(depth / 2), breadthExtent: breadth, depthExtent: depth };
  }
  const from = c.from.slice();
  const to = c.to.slice();
  breakCycles(n, from, to);
  const rank = assignRanks(n, from, to);
  const layers = buildLayers(n, rank, from, to);
  orderLayers(layers);
  const rankCount = layers.layers.length;
  const rankDepth = new Float64Array(rankCount);
  for (let v = 0; v < n; v++) rankDepth[rank[v]] = Math.max(rankDepth[rank[v]], c.depth[v]);
  const rankTop = new Float64Array(rankCount);
  for (let r = 1; r < rankCount; r++) rankTop[r] = rankTop[r - 1] + rankDepth[r - 1] + spacing.layerGap;
  const rankCentre = rankTop.map((top, r) => top + rankDepth[r] / 2);

  const breadth = new Float64Array(layers.count);
  breadth.set(c.breadth);
  const along = placeStraightest(layers, from, to, breadth, rankCentre, spacing);

  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    min = Math.min(min, along[v] - c.breadth[v] / 2);
    max = Math.max(max, along[v] + c.breadth[v] / 2);
  }
  const breadthCentre = new Float64Array(n);
  const depthCentre = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    breadthCentre[v] = along[v] - min;
    depthCentre[v] = rankCentre[rank[v]];
  }
  const depthExtent = rankCount ? rankTop[rankCount - 1] + rankDepth[rankCount - 1] : 0;
  return { ids: c.ids, breadthCentre, depthCentre, breadthExtent: n ? max - min : 0, depthExtent };
}

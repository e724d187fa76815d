import type { LayerOrder, Layers } from './layers';
import { refineOrder } from './refine';
import { treeOrder } from './treeOrder';

/**
 * Crossing reduction. Starts from the better of a plain depth-first order and the
 * tree order (subtrees kept together, linked ones side by side); then layer-by-layer
 * sweeps, each node moving to the barycentre of its neighbours in the layer just fixed
 * (down, then up, alternately), keeping the best order seen; then local refinement.
 */
export function orderLayers(g: Layers, maxSweeps = 24): void {
  const pos = new Int32Array(g.count);
  writePositions(g.layers, pos);
  let best = countAllCrossings(g, pos);
  let bestLayers = g.layers.map((l) => l.slice());
  treeOrder(g);
  writePositions(g.layers, pos);
  const tree = countAllCrossings(g, pos);
  if (tree <= best) {
    best = tree;
    bestLayers = g.layers.map((l) => l.slice());
  } else restore(g, bestLayers, pos);
  for (let sweep = 0, stale = 0; sweep < maxSweeps && stale < 4 && best > 0; sweep++) {
    const downward = sweep % 2 === 0;
    const leftBias = sweep % 4 < 2;
    const last = g.layers.length - 1;
    for (let k = 1; k <= last; k++) sortByBarycentre(g, g.layers[downward ? k : last - k], pos, downward, leftBias);
    const crossings = countAllCrossings(g, pos);
    if (crossings < best) {
      best = crossings;
      bestLayers = g.layers.map((l) => l.slice());
      stale = 0;
    } else stale++;
  }
  restore(g, bestLayers, pos);
  refineOrder(g, pos);
}

function restore(g: Layers, layers: readonly Int32Array[], pos: Int32Array): void {
  for (let r = 0; r < g.layers.length; r++) g.layers[r].set(layers[r]);
  writePositions(g.layers, pos);
}

function writePositions(layers: readonly Int32Array[], pos: Int32Array): void {
  for (const layer of layers) for (let i = 0; i < layer.length; i++) pos[layer[i]] = i;
}

/**
 * Reorders one layer by the mean position of each node's neighbours in the fixed layer
 * (ties: by current place, from the left or from the right). A node with no neighbour
 * there keeps its place.
 */
function sortByBarycentre(g: Layers, layer: Int32Array, pos: Int32Array, fromAbove: boolean, leftBias: boolean): void {
  const adj = fromAbove ? g.up : g.down;
  const other = fromAbove ? g.upper : g.lower;
  const movable: number[] = [];
  const slots: number[] = [];
  const key = new Map<number, number>();
  for (let i = 0; i < layer.length; i++) {
    const v = layer[i];
    if (adj.start[v] === adj.start[v + 1]) continue;
    let sum = 0;
    for (let k = adj.start[v]; k < adj.start[v + 1]; k++) sum += pos[other[adj.edges[k]]];
    key.set(v, sum / (adj.start[v + 1] - adj.start[v]));
    movable.push(v);
    slots.push(i);
  }
  movable.sort((u, v) => key.get(u)! - key.get(v)! || (leftBias ? pos[u] - pos[v] : pos[v] - pos[u]));
  for (let k = 0; k < movable.length; k++) {
    layer[slots[k]] = movable[k];
    pos[movable[k]] = slots[k];
  }
}

/** Crossings between two neighbouring layers, by counting inversions with a Fenwick tree. */
function countLayerCrossings(g: LayerOrder, upperLayer: Int32Array, lowerSize: number, pos: Int32Array): number {
  const tree = new Int32Array(lowerSize + 1);
  let crossings = 0;
  let seen = 0;
  const ends: number[] = [];
  for (const u of upperLayer) {
    ends.length = 0;
    for (let k = g.down.start[u]; k < g.down.start[u + 1]; k++) ends.push(pos[g.lower[g.down.edges[k]]]);
    ends.sort((a, b) => a - b);
    for (const p of ends) {
      let atMost = 0; // earlier segments ending at or before p do not cross this one
      for (let i = p + 1; i > 0; i -= i & -i) atMost += tree[i];
      crossings += seen - atMost;
    }
    for (const p of ends) {
      for (let i = p + 1; i <= lowerSize; i += i & -i) tree[i]++;
      seen++;
    }
  }
  return crossings;
}

/** Crossings between all pairs of neighbouring layers. */
export function countAllCrossings(g: LayerOrder, pos: Int32Array): number {
  let total = 0;
  for (let r = 0; r + 1 < g.layers.length; r++) total += countLayerCrossings(g, g.layers[r], g.layers[r + 1].length, pos);
  return total;
}

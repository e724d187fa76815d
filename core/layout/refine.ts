import type { LayerOrder as Layers } from './layers';

/**
 * Local improvements of a layer order, counting crossings of segments to both
 * neighbouring layers: sifting (each node in turn moves to the place in its layer where
 * it crosses least), then swaps of adjacent nodes while a swap removes crossings.
 */
export function refineOrder(g: Layers, pos = new Int32Array(g.count)): void {
  for (const layer of g.layers) for (let i = 0; i < layer.length; i++) pos[layer[i]] = i;
  sift(g, pos);
  transpose(g, pos);
}

/** How far (in places) a node may move when sifted: further moves hardly ever pay. */
const SIFT_REACH = 40;

/** Moves each node that has crossings to its best place in its layer. */
function sift(g: Layers, pos: Int32Array): void {
  const crossed = nodeCrossings(g, pos);
  const ups: number[] = [];
  const downs: number[] = [];
  for (const layer of g.layers) {
    const L = layer.length;
    if (L < 2) continue;
    for (const v of Array.from(layer)) {
      if (crossed[v] === 0) continue; // nothing to gain by moving it
      neighbourPositions(ups, g.up, g.upper, v, pos);
      neighbourPositions(downs, g.down, g.lower, v, pos);
      if (ups.length + downs.length === 0) continue;
      const from = pos[v];
      // Change in crossings as v passes each node on its left, then each on its right.
      let bestDelta = 0;
      let bestAt = from;
      let delta = 0;
      for (let i = from - 1; i >= Math.max(0, from - SIFT_REACH); i--) {
        delta += passDelta(g, layer[i], ups, downs, pos, true);
        if (delta < bestDelta) {
          bestDelta = delta;
          bestAt = i;
        }
      }
      delta = 0;
      for (let i = from + 1; i < Math.min(L, from + SIFT_REACH + 1); i++) {
        delta += passDelta(g, layer[i], ups, downs, pos, false);
        if (delta < bestDelta) {
          bestDelta = delta;
          bestAt = i;
        }
      }
      if (bestAt === from) continue;
      if (bestAt < from) layer.copyWithin(bestAt + 1, bestAt, from);
      else layer.copyWithin(from, from + 1, bestAt + 1);
      layer[bestAt] = v;
      for (let i = Math.min(from, bestAt); i <= Math.max(from, bestAt); i++) pos[layer[i]] = i;
    }
  }
}

/** How many crossings each node's segments have (all layers, current order). */
function nodeCrossings(g: Layers, pos: Int32Array): Int32Array {
  const crossed = new Int32Array(g.count);
  const order: number[] = [];
  for (let r = 0; r + 1 < g.layers.length; r++) {
    // Segments between layers r and r + 1 by upper then lower position.
    order.length = 0;
    for (const u of g.layers[r]) for (let k = g.down.start[u]; k < g.down.start[u + 1]; k++) order.push(g.down.edges[k]);
    const upperOf = (s: number): number => pos[g.upper[s]];
    const lowerOf = (s: number): number => pos[g.lower[s]];
    order.sort((a, b) => upperOf(a) - upperOf(b) || lowerOf(a) - lowerOf(b));
    const size = g.layers[r + 1].length;
    const tree = new Int32Array(size + 1);
    // Forwards: earlier segments (further left above) ending further right below.
    for (let i = 0, j = 0; i < order.length; ) {
      for (j = i; j < order.length && upperOf(order[j]) === upperOf(order[i]); j++) {
        let atMost = 0;
        for (let t = lowerOf(order[j]) + 1; t > 0; t -= t & -t) atMost += tree[t];
        const c = i - atMost;
        crossed[g.upper[order[j]]] += c;
        crossed[g.lower[order[j]]] += c;
      }
      for (; i < j; i++) for (let t = lowerOf(order[i]) + 1; t <= size; t += t & -t) tree[t]++;
    }
    tree.fill(0);
    // Backwards: later segments ending further left below.
    for (let i = order.length - 1, j = i; i >= 0; ) {
      for (j = i; j >= 0 && upperOf(order[j]) === upperOf(order[i]); j--) {
        let below = 0;
        for (let t = lowerOf(order[j]); t > 0; t -= t & -t) below += tree[t];
        crossed[g.upper[order[j]]] += below;
        crossed[g.lower[order[j]]] += below;
      }
      for (; i > j; i--) for (let t = lowerOf(order[i]) + 1; t <= size; t += t & -t) tree[t]++;
    }
  }
  return crossed;
}

/** Sorted positions of v's neighbours on one side. */
function neighbourPositions(out: number[], adj: Layers['up'], other: Int32Array, v: number, pos: Int32Array): void {
  out.length = 0;
  for (let k = adj.start[v]; k < adj.start[v + 1]; k++) out.push(pos[other[adj.edges[k]]]);
  out.sort((a, b) => a - b);
}

/** How many of the sorted values are below p, and how many above. */
function countBelow(sorted: readonly number[], p: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countAbove(sorted: readonly number[], p: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= p) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/**
 * Change in crossings when v (neighbour positions `ups`, `downs`) passes w: to its left
 * when `toLeft`, else to its right. With v right of w, v's segments cross those of w
 * that end right of theirs; with v left of w, those that end left of theirs.
 */
function passDelta(g: Layers, w: number, ups: readonly number[], downs: readonly number[], pos: Int32Array, toLeft: boolean): number {
  let vRight = 0;
  let vLeft = 0;
  for (let k = g.up.start[w]; k < g.up.start[w + 1]; k++) {
    const p = pos[g.upper[g.up.edges[k]]];
    vRight += countBelow(ups, p);
    vLeft += countAbove(ups, p);
  }
  for (let k = g.down.start[w]; k < g.down.start[w + 1]; k++) {
    const p = pos[g.lower[g.down.edges[k]]];
    vRight += countBelow(downs, p);
    vLeft += countAbove(downs, p);
  }
  return toLeft ? vLeft - vRight : vRight - vLeft;
}

/** Crossings among the segments of u and those of v, with u placed left of v. */
function pairCrossings(g: Layers, u: number, v: number, pos: Int32Array): number {
  return sideCrossings(g.up, g.upper, u, v, pos) + sideCrossings(g.down, g.lower, u, v, pos);
}

function sideCrossings(adj: Layers['up'], other: Int32Array, u: number, v: number, pos: Int32Array): number {
  let c = 0;
  for (let i = adj.start[u]; i < adj.start[u + 1]; i++) {
    const pu = pos[other[adj.edges[i]]];
    for (let k = adj.start[v]; k < adj.start[v + 1]; k++) if (pos[other[adj.edges[k]]] < pu) c++;
  }
  return c;
}

/** Swaps neighbours in a layer while that removes crossings (bounded number of passes). */
function transpose(g: Layers, pos: Int32Array, maxPasses = 8): void {
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (const layer of g.layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i];
        const v = layer[i + 1];
        if (pairCrossings(g, v, u, pos) < pairCrossings(g, u, v, pos)) {
          layer[i] = v;
          layer[i + 1] = u;
          pos[v] = i;
          pos[u] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

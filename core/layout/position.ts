import type { Layers } from './layers';

/**
 * Coordinates along the layers (x in TB). The order within each layer is kept, with
 * room between neighbours; within that, positions minimise the sum of the squared
 * sideways lengths of the segments, weighted so that long edges (chains of dummies)
 * pull hardest and come out straight. Solved layer by layer, down and up alternately;
 * one layer's best positions given its neighbours' are a weighted isotonic regression,
 * solved exactly in linear time by pooling adjacent violators.
 */
export interface Spacing {
  /** Gap between two real nodes of a layer. */
  readonly nodeGap: number;
  /** Gap beside a dummy node (a long edge passing through the layer). */
  readonly edgeGap: number;
}

/** Pull of a segment between two real nodes, a real node and a dummy, two dummies. */
const WEIGHT_REAL = 1;
const WEIGHT_END = 2;
const WEIGHT_CHAIN = 8;

/** Positions of node centres along the layers; `breadth[v]` is a node's extent along its layer (0 for dummies). */
export function assignBreadthPositions(g: Layers, breadth: Float64Array, spacing: Spacing, sweeps = 30): Float64Array {
  const x = new Float64Array(g.count);
  const gapOf = (v: number): number => (v < g.realCount ? spacing.nodeGap : spacing.edgeGap);
  const minDistance = (a: number, b: number): number => (breadth[a] + breadth[b]) / 2 + (gapOf(a) + gapOf(b)) / 2;
  for (const layer of g.layers) {
    let at = 0;
    for (let i = 0; i < layer.length; i++) {
      if (i > 0) at += minDistance(layer[i - 1], layer[i]);
      x[layer[i]] = at;
    }
    for (let i = 0; i < layer.length; i++) x[layer[i]] -= at / 2;
  }
  const weight = new Float64Array(g.upper.length);
  for (let s = 0; s < weight.length; s++) {
    const dummies = Number(g.upper[s] >= g.realCount) + Number(g.lower[s] >= g.realCount);
    weight[s] = dummies === 0 ? WEIGHT_REAL : dummies === 1 ? WEIGHT_END : WEIGHT_CHAIN;
  }
  const solver = createLayerSolver(g.count);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const downward = sweep % 2 === 0;
    for (let k = 0; k < g.layers.length; k++) {
      solver.solve(g, weight, g.layers[downward ? k : g.layers.length - 1 - k], x, minDistance);
    }
  }
  return x;
}

function createLayerSolver(capacity: number) {
  const target = new Float64Array(capacity);
  const strength = new Float64Array(capacity);
  const offset = new Float64Array(capacity);
  // Pools of the regression: first index, total weight, weighted sum.
  const poolStart = new Int32Array(capacity);
  const poolWeight = new Float64Array(capacity);
  const poolSum = new Float64Array(capacity);
  return {
    solve(g: Layers, weight: Float64Array, layer: Int32Array, x: Float64Array, minDistance: (a: number, b: number) => number): void {
      const n = layer.length;
      for (let i = 0; i < n; i++) {
        const v = layer[i];
        let w = 0;
        let sum = 0;
        for (let k = g.up.start[v]; k < g.up.start[v + 1]; k++) {
          const s = g.up.edges[k];
          w += weight[s];
          sum += weight[s] * x[g.upper[s]];
        }
        for (let k = g.down.start[v]; k < g.down.start[v + 1]; k++) {
          const s = g.down.edges[k];
          w += weight[s];
          sum += weight[s] * x[g.lower[s]];
        }
        // A node tied to nothing stays put (weakly), so the pools still have a target.
        if (w === 0) {
          w = 1e-3;
          sum = w * x[v];
        }
        offset[i] = i === 0 ? 0 : offset[i - 1] + minDistance(layer[i - 1], v);
        target[i] = sum / w - offset[i];
        strength[i] = w;
      }
      let pools = 0;
      for (let i = 0; i < n; i++) {
        poolStart[pools] = i;
        poolWeight[pools] = strength[i];
        poolSum[pools] = strength[i] * target[i];
        pools++;
        while (pools > 1 && poolSum[pools - 2] / poolWeight[pools - 2] > poolSum[pools - 1] / poolWeight[pools - 1]) {
          poolWeight[pools - 2] += poolWeight[pools - 1];
          poolSum[pools - 2] += poolSum[pools - 1];
          pools--;
        }
      }
      for (let p = 0; p < pools; p++) {
        const end = p + 1 < pools ? poolStart[p + 1] : n;
        const value = poolSum[p] / poolWeight[p];
        for (let i = poolStart[p]; i < end; i++) x[layer[i]] = value + offset[i];
      }
    },
  };
}

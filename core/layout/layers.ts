import { type Adjacency, groupEdges } from './rank';

/**
 * A ranked graph cut into layers: every edge spanning more than one rank becomes a
 * chain through dummy nodes (one per rank crossed), so that all segments join
 * neighbouring layers. Nodes [0, realCount) are the graph's own; the rest are dummies.
 */
export interface Layers {
  readonly realCount: number;
  readonly count: number;
  readonly rank: Int32Array;
  /** Segment ends: `upper[s]` is in the layer just above `lower[s]`. */
  readonly upper: Int32Array;
  readonly lower: Int32Array;
  /** Edges spanning more than one rank (chains of dummies). */
  readonly chains: Chains;
  /** Segments by upper end (a node's links downwards) and by lower end (links upwards). */
  readonly down: Adjacency;
  readonly up: Adjacency;
  /** Node order within each layer; changed in place by ordering. */
  readonly layers: Int32Array[];
}

/** What ordering needs of layers: the segments between neighbouring layers and the order of each layer. */
export type LayerOrder = Pick<Layers, 'count' | 'upper' | 'lower' | 'down' | 'up' | 'layers'>;

export interface Chains {
  /** The real nodes a chain joins. */
  readonly upper: Int32Array;
  readonly lower: Int32Array;
  /** The chain of dummy `realCount + i`. */
  readonly ofDummy: Int32Array;
}

/** Builds the layers of a ranked graph whose edges all point to a higher rank. */
export function buildLayers(realCount: number, rank: Int32Array, from: Int32Array, to: Int32Array): Layers {
  let dummies = 0;
  for (let e = 0; e < from.length; e++) dummies += rank[to[e]] - rank[from[e]] - 1;
  const count = realCount + dummies;
  const fullRank = new Int32Array(count);
  fullRank.set(rank);
  const segments = from.length + dummies;
  const upper = new Int32Array(segments);
  const lower = new Int32Array(segments);
  const chainUpper: number[] = [];
  const chainLower: number[] = [];
  const ofDummy = new Int32Array(dummies);
  let s = 0;
  let d = realCount;
  for (let e = 0; e < from.length; e++) {
    let prev = from[e];
    if (rank[to[e]] - rank[from[e]] > 1) {
      chainUpper.push(from[e]);
      chainLower.push(to[e]);
    }
    for (let r = rank[from[e]] + 1; r < rank[to[e]]; r++) {
      fullRank[d] = r;
      ofDummy[d - realCount] = chainUpper.length - 1;
      upper[s] = prev;
      lower[s++] = d;
      prev = d++;
    }
    upper[s] = prev;
    lower[s++] = to[e];
  }
  const down = groupEdges(count, upper);
  const up = groupEdges(count, lower);
  const chains: Chains = { upper: Int32Array.from(chainUpper), lower: Int32Array.from(chainLower), ofDummy };
  return { realCount, count, rank: fullRank, upper, lower, chains, down, up, layers: initialOrder(count, fullRank, down, lower) };
}

/**
 * Depth-first order from the top: each node is appended to its layer when first
 * reached, so a tree comes out without a single crossing.
 */
function initialOrder(count: number, rank: Int32Array, down: Adjacency, lower: Int32Array): Int32Array[] {
  let rankCount = 0;
  const sizes: number[] = [];
  for (let v = 0; v < count; v++) {
    rankCount = Math.max(rankCount, rank[v] + 1);
    sizes[rank[v]] = (sizes[rank[v]] ?? 0) + 1;
  }
  const layers = Array.from({ length: rankCount }, (_, r) => new Int32Array(sizes[r] ?? 0));
  const filled = new Int32Array(rankCount);
  const seen = new Uint8Array(count);
  const starts = Array.from({ length: count }, (_, v) => v).sort((a, b) => rank[a] - rank[b] || a - b);
  const stack: number[] = [];
  for (const root of starts) {
    if (seen[root]) continue;
    stack.push(root);
    while (stack.length) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      layers[rank[v]][filled[rank[v]]++] = v;
      for (let i = down.start[v + 1] - 1; i >= down.start[v]; i--) {
        const w = lower[down.edges[i]];
        if (!seen[w]) stack.push(w);
      }
    }
  }
  return layers;
}

import type { Layers } from './layers';

/**
 * A first order for the layers that treats the graph as the near-tree it usually is.
 * Every node hangs from one neighbour in the layer above (a real conclusion before a
 * long-edge dummy); taking each subtree in turn depth-first keeps subtrees contiguous,
 * so these tree links never cross. What can cross are the other links (cross links,
 * second conclusions): siblings are sorted by where their subtree's other links lead,
 * a few rounds, so that linked subtrees end up side by side.
 *
 * Example: root r with children a, b, c in that order, and a premise under c that also
 * supports a: sorting puts c next to a (c, a, b or a, c, b), not two subtrees away.
 */
export function treeOrder(g: Layers, rounds = 8): void {
  const n = g.count;
  const parentSegment = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    let chosen = -1;
    for (let k = g.up.start[v]; k < g.up.start[v + 1]; k++) {
      const s = g.up.edges[k];
      if (chosen < 0 || (g.upper[chosen] >= g.realCount && g.upper[s] < g.realCount)) chosen = s;
    }
    parentSegment[v] = chosen;
  }
  // Children in edge order; roots (no link upwards) under a virtual node n, top ones first.
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let v = 0; v < n; v++) if (parentSegment[v] < 0) children[n].push(v);
  for (let s = 0; s < g.upper.length; s++) if (parentSegment[g.lower[s]] === s) children[g.upper[s]].push(g.lower[s]);
  children[n].sort((a, b) => g.rank[a] - g.rank[b] || a - b);

  const pre = new Float64Array(n);
  const size = new Float64Array(n + 1);
  const linkSum = new Float64Array(n + 1);
  const linkCount = new Float64Array(n + 1);
  const sequence = new Int32Array(n);
  const number = (): void => {
    let next = 0;
    const stack = [n];
    while (stack.length) {
      const v = stack.pop()!;
      if (v < n) sequence[(pre[v] = next++)] = v;
      const c = children[v];
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
    }
  };
  number();
  for (let round = 0; round < rounds; round++) {
    // Subtree sizes and link ends, children before parents (reverse preorder).
    size.fill(1);
    linkSum.fill(0);
    linkCount.fill(0);
    for (let s = 0; s < g.upper.length; s++) {
      const a = g.upper[s];
      const b = g.lower[s];
      if (parentSegment[b] === s) continue;
      linkSum[a] += pre[b];
      linkCount[a]++;
      linkSum[b] += pre[a];
      linkCount[b]++;
    }
    for (let i = n - 1; i >= 0; i--) {
      const v = sequence[i];
      const s = parentSegment[v];
      const p = s < 0 ? n : g.upper[s];
      size[p] += size[v];
      linkSum[p] += linkSum[v];
      linkCount[p] += linkCount[v];
    }
    // A subtree's key: where its links lead, anchored (weight 1) to where it is now.
    const key = (v: number): number => (linkSum[v] + pre[v] + (size[v] - 1) / 2) / (linkCount[v] + 1);
    let changed = false;
    for (const c of children) {
      if (c.length < 2) continue;
      const keys = new Map(c.map((v) => [v, key(v)]));
      const before = c.slice();
      c.sort((a, b) => keys.get(a)! - keys.get(b)! || pre[a] - pre[b]);
      if (!changed) changed = c.some((v, i) => v !== before[i]);
    }
    if (!changed) break;
    number();
  }
  const filled = new Int32Array(g.layers.length);
  for (let i = 0; i < n; i++) {
    const v = sequence[i];
    g.layers[g.rank[v]][filled[g.rank[v]]++] = v;
  }
}

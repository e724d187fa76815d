/**
 * Ranking for the layered layout: which row (TB) or column (LR) each node goes in.
 *
 * Argument maps are mostly trees hanging from their theses, so a longest path from the
 * roots is already nearly optimal: every premise sits one rank below its conclusion
 * unless a cross link pushes it further down. A few local sweeps then pull nodes
 * between their neighbours to shorten edges (what network simplex does globally, at a
 * tiny fraction of its cost on maps of thousands of statements).
 *
 * Example: edges a→b, b→c, a→d, d→c (c reached by two paths of length 2) gives ranks
 * a 0, b 1, d 1, c 2; adding e→c where e is a root gives e rank 1 (pulled down next to c).
 */

/** Compressed adjacency: the edges of node v are `edges[start[v] .. start[v + 1])`. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

/** Edge indices grouped by the node `ends[e]` (e.g. `from` for out-edges). */
export function groupEdges(nodeCount: number, ends: Int32Array): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < ends.length; e++) start[ends[e] + 1]++;
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, nodeCount);
  const edges = new Int32Array(ends.length);
  for (let e = 0; e < ends.length; e++) edges[fill[ends[e]]++] = e;
  return { start, edges };
}

/**
 * Reverses the edges that close a cycle (back edges of a depth-first search started at
 * the sources, in node order), in place; returns how many it reversed.
 */
export function breakCycles(nodeCount: number, from: Int32Array, to: Int32Array): number {
  const out = groupEdges(nodeCount, from);
  const state = new Uint8Array(nodeCount); // 0 new, 1 on the stack, 2 done
  const hasIn = new Uint8Array(nodeCount);
  for (let e = 0; e < to.length; e++) hasIn[to[e]] = 1;
  const backEdges: number[] = [];
  const stack = new Int32Array(nodeCount);
  const next = new Int32Array(nodeCount);
  const visit = (root: number): void => {
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    next[root] = out.start[root];
    while (top >= 0) {
      const v = stack[top];
      if (next[v] === out.start[v + 1]) {
        state[v] = 2;
        top--;
        continue;
      }
      const e = out.edges[next[v]++];
      const w = to[e];
      if (state[w] === 1) backEdges.push(e);
      else if (state[w] === 0) {
        state[w] = 1;
        next[w] = out.start[w];
        stack[++top] = w;
      }
    }
  };
  for (let v = 0; v < nodeCount; v++) if (!hasIn[v] && state[v] === 0) visit(v);
  for (let v = 0; v < nodeCount; v++) if (state[v] === 0) visit(v);
  for (const e of backEdges) {
    const f = from[e];
    from[e] = to[e];
    to[e] = f;
  }
  return backEdges.length;
}

/** Ranks of an acyclic graph (every edge goes at least one rank down), starting at 0, none empty. */
export function assignRanks(nodeCount: number, from: Int32Array, to: Int32Array): Int32Array {
  const out = groupEdges(nodeCount, from);
  const inc = groupEdges(nodeCount, to);
  const rank = new Int32Array(nodeCount);
  const pending = new Int32Array(nodeCount);
  const topo = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < nodeCount; v++) {
    pending[v] = inc.start[v + 1] - inc.start[v];
    if (pending[v] === 0) topo[tail++] = v;
  }
  while (head < tail) {
    const v = topo[head++];
    for (let i = out.start[v]; i < out.start[v + 1]; i++) {
      const w = to[out.edges[i]];
      if (rank[w] < rank[v] + 1) rank[w] = rank[v] + 1;
      if (--pending[w] === 0) topo[tail++] = w;
    }
  }
  balanceRanks(nodeCount, from, to, out, inc, rank, topo);
  return compactRanks(rank);
}

/**
 * Moves each node within the slack its neighbours leave it, towards the side with more
 * edges: a node with one conclusion above and three premises pushed far below moves down.
 */
function balanceRanks(
  nodeCount: number,
  from: Int32Array,
  to: Int32Array,
  out: Adjacency,
  inc: Adjacency,
  rank: Int32Array,
  topo: Int32Array,
): void {
  for (let pass = 0; pass < 8; pass++) {
    let moved = false;
    for (let k = 0; k < nodeCount; k++) {
      const v = topo[pass % 2 === 0 ? nodeCount - 1 - k : k];
      const ins = inc.start[v + 1] - inc.start[v];
      const outs = out.start[v + 1] - out.start[v];
      if (ins === outs) continue;
      let target: number;
      if (outs > ins) {
        target = Number.POSITIVE_INFINITY;
        for (let i = out.start[v]; i < out.start[v + 1]; i++) target = Math.min(target, rank[to[out.edges[i]]] - 1);
      } else {
        target = Number.NEGATIVE_INFINITY;
        for (let i = inc.start[v]; i < inc.start[v + 1]; i++) target = Math.max(target, rank[from[inc.edges[i]]] + 1);
      }
      if (target !== rank[v]) {
        rank[v] = target;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** Shifts ranks to start at 0 and closes empty ranks (edges keep pointing down). */
function compactRanks(rank: Int32Array): Int32Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of rank) {
    if (r < min) min = r;
    if (r > max) max = r;
  }
  if (rank.length === 0) return rank;
  const used = new Int32Array(max - min + 1);
  for (const r of rank) used[r - min] = 1;
  let next = 0;
  for (let i = 0; i < used.length; i++) used[i] = used[i] ? next++ : -1;
  for (let v = 0; v < rank.length; v++) rank[v] = used[rank[v] - min];
  return rank;
}

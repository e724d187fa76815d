import type { LayoutDirection } from '../model/types';
import type { ComponentGraph } from './layered';
import type { LayoutGraph } from './layoutGraph';

/**
 * The connected parts of a layout graph, each in its nodes' input order, as abstract
 * component graphs (LR swaps width and height: a layer runs down the page).
 * Edges naming an unknown node, and self loops, are left out.
 */
export function splitComponents(graph: LayoutGraph, direction: LayoutDirection): ComponentGraph[] {
  const index = new Map<string, number>();
  graph.nodes.forEach((n, i) => index.set(n.id, i));
  const parent = Int32Array.from(graph.nodes, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const edges: [number, number][] = [];
  for (const e of graph.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    edges.push([a, b]);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const componentOf = new Int32Array(graph.nodes.length);
  const local = new Int32Array(graph.nodes.length);
  const members: number[][] = [];
  const slot = new Map<number, number>();
  graph.nodes.forEach((_, i) => {
    const root = find(i);
    let c = slot.get(root);
    if (c === undefined) slot.set(root, (c = members.push([]) - 1));
    componentOf[i] = c;
    local[i] = members[c].push(i) - 1;
  });
  const edgesOf: [number, number][][] = members.map(() => []);
  for (const [a, b] of edges) edgesOf[componentOf[a]].push([local[a], local[b]]);
  const lr = direction === 'LR';
  return members.map((nodes, c) => ({
    ids: nodes.map((i) => graph.nodes[i].id),
    breadth: Float64Array.from(nodes, (i) => (lr ? graph.nodes[i].height : graph.nodes[i].width)),
    depth: Float64Array.from(nodes, (i) => (lr ? graph.nodes[i].width : graph.nodes[i].height)),
    from: Int32Array.from(edgesOf[c], (e) => e[0]),
    to: Int32Array.from(edgesOf[c], (e) => e[1]),
  }));
}

export interface Extent {
  readonly breadth: number;
  readonly depth: number;
}

/**
 * Offsets that pack component boxes into rows (shelves) along the breadth axis, in the
 * given order, wrapping once a row is as long as the largest component or the long side of
 * a rectangle of the same total area whose breadth is `aspect` times its depth (1: a square).
 * Boxes never overlap, so packing adds no crossing.
 */
export function packComponents(extents: readonly Extent[], gap: number, aspect = 1): Extent[] {
  let area = 0;
  let widest = 0;
  for (const e of extents) {
    area += (e.breadth + gap) * (e.depth + gap);
    widest = Math.max(widest, e.breadth);
  }
  const rowLength = Math.max(widest, Math.sqrt(area * aspect));
  const offsets: Extent[] = [];
  let along = 0;
  let rowTop = 0;
  let rowDepth = 0;
  for (const e of extents) {
    if (along > 0 && along + e.breadth > rowLength) {
      rowTop += rowDepth + gap;
      along = 0;
      rowDepth = 0;
    }
    offsets.push({ breadth: along, depth: rowTop });
    along += e.breadth + gap;
    rowDepth = Math.max(rowDepth, e.depth);
  }
  return offsets;
}

import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutDirection } from '../../core/model/types';
import type { Box, LayoutGraph, MapLayout } from '../../core/layout';

/**
 * Reference engines on the same layout graph as the project's layout, for the benchmark
 * and for tests comparing crossings: stock @dagrejs/dagre and elkjs' layered algorithm,
 * with the gaps the project uses (node 40, layer 70, margin 20).
 */

export type DagreRanker = 'network-simplex' | 'tight-tree' | 'longest-path';

/** Stock dagre (its default ranker is network simplex). */
export function layoutWithDagre(graph: LayoutGraph, direction: LayoutDirection = 'TB', ranker: DagreRanker = 'network-simplex'): MapLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: direction, nodesep: 40, ranksep: 70, marginx: 20, marginy: 20, ranker });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of graph.edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const boxes = new Map<string, Box>();
  for (const n of graph.nodes) {
    const p = g.node(n.id);
    boxes.set(n.id, { x: p.x! - n.width / 2, y: p.y! - n.height / 2, width: n.width, height: n.height });
  }
  return { boxes, width: g.graph().width ?? 0, height: g.graph().height ?? 0 };
}

const elk = new ELK();

/** elkjs, layered algorithm (synchronous work behind a Promise). */
export async function layoutWithElk(graph: LayoutGraph, direction: LayoutDirection = 'TB'): Promise<MapLayout> {
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  const boxes = new Map<string, Box>();
  for (const c of result.children ?? []) boxes.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  const { width = 0, height = 0 } = result as { width?: number; height?: number };
  return { boxes, width, height };
}

import dagre from '@dagrejs/dagre';
import type { ArgumentMap, Id, LayoutDirection } from '../model/types';
import { buildLayoutGraph, type LayoutGraph } from './layoutGraph';
import type { Size } from './size';

export interface Box {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapLayout {
  /** Statement boxes and inference junction boxes (keyed by junctionId). */
  readonly boxes: ReadonlyMap<string, Box>;
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  readonly direction?: LayoutDirection;
  /** Measured sizes, when a DOM measured them; otherwise estimated from text. */
  readonly sizes?: ReadonlyMap<Id, Size>;
}

/** Lays a layout graph out with dagre; pure: graph in, boxes out. */
export function layoutGraph(graph: LayoutGraph, direction: LayoutDirection = 'TB'): MapLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: direction, nodesep: 40, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of graph.edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const boxes = new Map<string, Box>();
  for (const n of graph.nodes) {
    const p = g.node(n.id);
    boxes.set(n.id, { x: p.x - n.width / 2, y: p.y - n.height / 2, width: n.width, height: n.height });
  }
  const { width = 0, height = 0 } = g.graph();
  return { boxes, width, height };
}

/** Positions every statement (and inference junction) of a map. */
export function layoutMap(map: ArgumentMap, options: LayoutOptions = {}): MapLayout {
  return layoutGraph(buildLayoutGraph(map, options.sizes), options.direction ?? map.direction);
}

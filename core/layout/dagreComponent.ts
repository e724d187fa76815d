import dagre from '@dagrejs/dagre';
import { orderForFigure } from './figureOrder';
import type { ComponentGraph, ComponentLayout, LayeredSpacing } from './layered';

/**
 * Parts of a map up to this many nodes are laid out by dagre, the project's chosen engine;
 * bigger ones by the layered engine in layered.ts, which is over 20× faster at 1,000
 * statements with fewer crossings (dagre would freeze the page there; see `npm run bench`).
 */
export const DAGRE_MAX_NODES = 300;

/**
 * Lays one connected part out with dagre, in the abstract breadth/depth axes of layered.ts;
 * `fewerCrossings` (figures) searches longer for a layer order with fewer crossings (figureOrder.ts).
 */
export function layoutComponentWithDagre(c: ComponentGraph, spacing: LayeredSpacing, fewerCrossings = false): ComponentLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: spacing.nodeGap, ranksep: spacing.layerGap, edgesep: spacing.edgeGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // graphlib keys plain objects by node name: names are indexes, so an id such as "__proto__" is just data.
  const name = (i: number) => `n${i}`;
  c.ids.forEach((_id, i) => g.setNode(name(i), { width: c.breadth[i], height: c.depth[i] }));
  for (let e = 0; e < c.from.length; e++) g.setEdge(name(c.from[e]), name(c.to[e]));
  dagre.layout(g, fewerCrossings ? { customOrder: orderForFigure } : {});
  const n = c.ids.length;
  const breadthCentre = new Float64Array(n);
  const depthCentre = new Float64Array(n);
  let minB = Infinity;
  let minD = Infinity;
  c.ids.forEach((_id, i) => {
    const p = g.node(name(i));
    breadthCentre[i] = p.x;
    depthCentre[i] = p.y;
    minB = Math.min(minB, p.x - c.breadth[i] / 2);
    minD = Math.min(minD, p.y - c.depth[i] / 2);
  });
  let breadthExtent = 0;
  let depthExtent = 0;
  for (let i = 0; i < n; i++) {
    breadthCentre[i] -= minB;
    depthCentre[i] -= minD;
    breadthExtent = Math.max(breadthExtent, breadthCentre[i] + c.breadth[i] / 2);
    depthExtent = Math.max(depthExtent, depthCentre[i] + c.depth[i] / 2);
  }
  return { ids: c.ids, breadthCentre, depthCentre, breadthExtent, depthExtent };
}

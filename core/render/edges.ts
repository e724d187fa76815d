import type { ArgumentMap, Id, Inference } from '../model/types';
import { getRelations } from '../model/relations';
import { type Outline, along, arrowHead, direction, exitPoint } from './geometry';
import type { Route } from './channels';
import type { Point, SceneEdge } from './scene';
import { EDGE_STYLES, type EdgeRole } from './style';

/** The role an inference's lines play in the figure. */
export const edgeRole = (map: ArgumentMap, inf: Inference): EdgeRole => getRelations(map).kind(inf);

/** An edge along `points` (start … tip), with its head at the tip when it ends on the target. */
export function makeEdge(inference: Id, role: EdgeRole, from: string, to: string, points: readonly Point[], withHead: boolean): SceneEdge {
  const style = EDGE_STYLES[role];
  const tip = points[points.length - 1];
  if (!withHead) return { inference, role, from, to, points, tip, line: style.line, head: null, headShape: null };
  const { polygon, lineEnd } = arrowHead(tip, direction(points[points.length - 2], tip), style.head);
  return { inference, role, from, to, points: [...points.slice(0, -1), lineEnd], tip, line: style.line, head: style.head, headShape: polygon };
}

/**
 * The edge between two outlines along its route (channels.ts), or centre to centre when the
 * route has no ports, cut at both borders. Legs into a junction run to its centre (the dot
 * covers the joint); heads stop just outside the border.
 */
export function routeEdge(
  outlines: ReadonlyMap<string, Outline>,
  route: Route,
  edge: { inference: Id; role: EdgeRole; from: string; to: string; withHead: boolean },
): SceneEdge | null {
  const a = outlines.get(edge.from);
  const b = outlines.get(edge.to);
  if (!a || !b) return null;
  if (edge.from === edge.to) return a.type === 'box' ? selfLoop(a, edge) : null;
  const ca: Point = { x: a.cx, y: a.cy };
  const cb: Point = { x: b.cx, y: b.cy };
  if (ca.x === cb.x && ca.y === cb.y) return null;
  const { start: port, via, end: entry } = route;
  const first = via[0] ?? entry ?? cb;
  const last = via[via.length - 1] ?? port ?? ca;
  const start = port ?? (a.type === 'circle' ? ca : exitPoint(a, first));
  const end = entry ? (edge.withHead ? along(entry, direction(entry, last), 1.5) : entry) : edge.withHead ? exitPoint(b, last, 1.5) : b.type === 'circle' ? cb : exitPoint(b, last);
  return makeEdge(edge.inference, edge.role, edge.from, edge.to, [start, ...via, end], edge.withHead);
}

/** A statement attacking itself: a small loop out of its right side and back in, head on the card. */
function selfLoop(o: Extract<Outline, { type: 'box' }>, edge: { inference: Id; role: EdgeRole; from: string; to: string; withHead: boolean }): SceneEdge {
  const right = o.cx + o.hw;
  const dy = Math.min(10, o.hh * 0.7);
  const out = right + 16;
  return makeEdge(edge.inference, edge.role, edge.from, edge.to, [
    { x: right, y: o.cy - dy }, { x: out - 4, y: o.cy - dy }, { x: out, y: o.cy - dy + 4 }, { x: out, y: o.cy + dy - 4 },
    { x: out - 4, y: o.cy + dy }, { x: right + 1.5, y: o.cy + dy },
  ], edge.withHead);
}

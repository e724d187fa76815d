import { type Edge, type Node, type NodeHandle, Position as Side } from '@xyflow/react';
import { type ArgumentMap, type Inference, type InferenceId, type Position, type RelationKind, type Statement, getRelations } from '../../core/model';
import { CARD_WIDTH, JUNCTION_SIZE, estimateStatementSize, junctionId, layoutMap } from '../../core/layout';
import type { EdgeEnd } from './edgePath';

export interface StatementNodeData extends Record<string, unknown> {
  readonly statement: Statement;
  readonly commentCount: number;
  readonly direction: ArgumentMap['direction'];
}
export interface JunctionNodeData extends Record<string, unknown> {
  readonly inference: Inference;
  readonly direction: ArgumentMap['direction'];
}
export type StatementNode = Node<StatementNodeData, 'statement'>;
export type JunctionNode = Node<JunctionNodeData, 'junction'>;
export type CanvasNode = StatementNode | JunctionNode;

export type { RelationKind };
export interface RelationEdgeData extends Record<string, unknown> {
  readonly kind: RelationKind;
  readonly inferenceId: InferenceId;
  /** The segment from a linked premise into its junction: no arrowhead. */
  readonly joining: boolean;
}
export type RelationEdge = Edge<RelationEdgeData, 'relation'>;

const center = (p: Position, h: number, w = CARD_WIDTH) => ({ x: p.x + w / 2, y: p.y + h / 2 });

/** A card handle's side in flow pixels (styles.css .handle); its centre sits on the card's edge, inside the border. */
const HANDLE = 10;
const HANDLE_LEFT = CARD_WIDTH / 2 - 3.25;

/**
 * Where a card's handles will be, from its estimated size, for React Flow to use until it has
 * measured the card. Without them (and an estimated size) React Flow renders every card it has
 * not measured, in view or not, to measure it: opening a 1,000-statement map built and threw away
 * a thousand cards' DOM before the first paint.
 */
function getEstimatedHandles(direction: ArgumentMap['direction'], height: number): NodeHandle[] {
  const size = { width: HANDLE, height: HANDLE };
  return direction === 'TB'
    ? [
        { type: 'target', position: Side.Bottom, x: HANDLE_LEFT, y: height - 7, ...size },
        { type: 'source', position: Side.Top, x: HANDLE_LEFT, y: -3, ...size },
      ]
    : [
        { type: 'target', position: Side.Right, x: CARD_WIDTH - 6.5, y: height / 2 - HANDLE / 2, ...size },
        { type: 'source', position: Side.Left, x: 0, y: height / 2 - HANDLE / 2, ...size },
      ];
}

/** A junction's two handles cover it whole (styles.css .junction-handle). */
const junctionHandles = (direction: ArgumentMap['direction']): NodeHandle[] => {
  const box = { x: 0, y: 0, width: JUNCTION_SIZE, height: JUNCTION_SIZE };
  return direction === 'TB'
    ? [{ type: 'target', position: Side.Bottom, ...box }, { type: 'source', position: Side.Top, ...box }]
    : [{ type: 'target', position: Side.Right, ...box }, { type: 'source', position: Side.Left, ...box }];
};

/** A node's size as the canvas holds it: measured, or the projection's estimate (a card's default before either). */
export const getNodeSize = (node: CanvasNode): { width: number; height: number } =>
  ({ width: node.measured?.width ?? CARD_WIDTH, height: node.measured?.height ?? 80 });

/**
 * Where an edge leaves (`source`) or enters (`target`) a node, computed as React Flow places a
 * handle, from the node's size: the overview layer draws edges without React Flow's measurements.
 */
export function getEdgeEnd(node: CanvasNode, type: 'source' | 'target'): EdgeEnd {
  const { direction } = node.data;
  const handles = node.type === 'junction' ? junctionHandles(direction) : getEstimatedHandles(direction, getNodeSize(node).height);
  const h = handles.find((x) => x.type === type)!;
  const x = node.position.x + h.x;
  const y = node.position.y + h.y;
  const w = h.width ?? 0;
  const ht = h.height ?? 0;
  switch (h.position) {
    case Side.Top: return { x: x + w / 2, y, side: h.position };
    case Side.Right: return { x: x + w, y: y + ht / 2, side: h.position };
    case Side.Bottom: return { x: x + w / 2, y: y + ht, side: h.position };
    default: return { x, y: y + ht / 2, side: h.position };
  }
}

/** Statement positions: stored ones, drag previews over them, and a layout for any missing. */
export function getPositions(map: ArgumentMap, drag: ReadonlyMap<string, Position>): Map<string, Position> {
  const out = new Map<string, Position>();
  let fallback: ReturnType<typeof layoutMap> | undefined;
  for (const s of map.statements) {
    const p = drag.get(s.id) ?? s.position;
    if (p) out.set(s.id, p);
    else {
      fallback ??= layoutMap(map, { thesisFirst: true });
      const b = fallback.boxes.get(s.id)!;
      out.set(s.id, { x: b.x, y: b.y });
    }
  }
  return out;
}

/** Projects the map (and this tab's selection and drag) onto React Flow nodes and edges; pure. */
export function projectMap(
  map: ArgumentMap,
  positions: ReadonlyMap<string, Position>,
  selected: ReadonlySet<string>,
  hidden: ReadonlySet<string> = new Set(),
  previous: ReadonlyMap<string, CanvasNode> = new Map(),
): { nodes: CanvasNode[]; edges: RelationEdge[] } {
  const commentCount = new Map<string, number>();
  for (const c of map.comments) if (!c.resolved) commentCount.set(c.target, (commentCount.get(c.target) ?? 0) + 1);
  const heights = new Map(map.statements.map((s) => [s.id, estimateStatementSize(s.text).height]));
  const nodes: CanvasNode[] = [];
  for (const s of map.statements) {
    if (hidden.has(s.id)) continue;
    const position = positions.get(s.id)!;
    const isSelected = selected.has(s.id);
    const comments = commentCount.get(s.id) ?? 0;
    // Same statement, place, selection and count: the same node object, so React Flow and the
    // memoized card skip it (a drag or an edit elsewhere re-renders only what changed).
    const old = previous.get(s.id);
    if (old?.type === 'statement' && old.data.statement === s && old.position.x === position.x && old.position.y === position.y
      && old.selected === isSelected && old.data.commentCount === comments && old.data.direction === map.direction) {
      nodes.push(old);
      continue;
    }
    nodes.push({
      id: s.id,
      type: 'statement',
      position,
      selected: isSelected,
      // An estimated size lets React Flow show the card at once (it hides nodes it has not
      // measured yet), so a new card's text box can take the caret on the very first frame.
      initialWidth: CARD_WIDTH,
      initialHeight: heights.get(s.id),
      handles: getEstimatedHandles(map.direction, heights.get(s.id)!),
      measured: { width: CARD_WIDTH, height: heights.get(s.id)! },
      data: { statement: s, commentCount: comments, direction: map.direction },
      ariaLabel: `${s.kind}: ${s.text}`,
    });
  }
  const edges: RelationEdge[] = [];
  const relations = getRelations(map);
  const isInference = relations.inferences;
  for (const inf of map.inferences) {
    const visible = inf.premises.filter((p) => !hidden.has(p));
    if (visible.length === 0 || (!isInference.has(inf.target) && hidden.has(inf.target))) continue;
    const kind = relations.kind(inf);
    const target = isInference.has(inf.target) ? junctionId(inf.target) : inf.target;
    if (relations.hasJunction(inf.id)) {
      const j = junctionId(inf.id);
      const pts = [...visible, ...(isInference.has(inf.target) ? [] : [inf.target])]
        .map((id) => center(positions.get(id)!, heights.get(id)!));
      const targetPt = isInference.has(inf.target) ? undefined : center(positions.get(inf.target)!, heights.get(inf.target)!);
      const premisePts = visible.map((id) => center(positions.get(id)!, heights.get(id)!));
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const pc = { x: avg(premisePts.map((p) => p.x)), y: avg(premisePts.map((p) => p.y)) };
      const jc = targetPt ? { x: (pc.x + targetPt.x) / 2, y: (pc.y + targetPt.y) / 2 } : { x: avg(pts.map((p) => p.x)), y: avg(pts.map((p) => p.y)) - 60 };
      nodes.push({
        id: j,
        type: 'junction',
        position: { x: jc.x - JUNCTION_SIZE / 2, y: jc.y - JUNCTION_SIZE / 2 },
        selected: selected.has(inf.id),
        initialWidth: JUNCTION_SIZE,
        initialHeight: JUNCTION_SIZE,
        handles: junctionHandles(map.direction),
        measured: { width: JUNCTION_SIZE, height: JUNCTION_SIZE },
        data: { inference: inf, direction: map.direction },
        ariaLabel: `${kind} inference ${inf.label ?? inf.id}`,
      });
      for (const p of visible) edges.push(edge(`${inf.id}:${p}`, p, j, kind, inf.id, true, selected));
      edges.push(edge(`${inf.id}:out`, j, target, kind, inf.id, false, selected));
    } else {
      for (const p of visible) edges.push(edge(`${inf.id}:${p}`, p, target, kind, inf.id, false, selected));
    }
  }
  return { nodes, edges };
}

function edge(id: string, source: string, target: string, kind: RelationKind, inferenceId: InferenceId, joining: boolean, selected: ReadonlySet<string>): RelationEdge {
  return { id, source, target, type: 'relation', data: { kind, inferenceId, joining }, selected: selected.has(inferenceId), ariaLabel: `${kind} relation` };
}

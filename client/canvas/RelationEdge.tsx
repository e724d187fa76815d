import { memo } from 'react';
import { BaseEdge, Position, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { RelationEdge as RelationEdgeType } from './projection';

/**
 * Support: green, solid, filled arrow. Attack: red, dashed, bar-ended arrow. Undercut: purple,
 * dotted. Colour is never the only carrier: line style and arrowhead differ too.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const card = useInternalNode(props.source)?.measured;
  const path = props.source === props.target
    ? selfLoopPath(sourceX, sourceY, targetX, targetY, sourcePosition, card?.width ?? 240, card?.height ?? 80)
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })[0];
  const kind = data?.kind ?? 'support';
  return (
    <BaseEdge
      path={path}
      className={`relation ${kind}${selected ? ' selected' : ''}`}
      markerEnd={data?.joining ? undefined : `url(#warrant-arrow-${kind})`}
      interactionWidth={16}
    />
  );
});

/**
 * A statement attacking itself: a loop that leaves its outgoing handle straight out, runs round
 * the card's side clear of it, and comes straight back into its incoming handle, so the
 * arrowhead points into the card (round the right side top-to-bottom, above it left-to-right).
 */
function selfLoopPath(sx: number, sy: number, tx: number, ty: number, from: Position, width: number, height: number): string {
  const gap = 40;
  if (from === Position.Bottom || from === Position.Top) {
    const dy = Math.sign(sy - ty || 1) * gap;
    const side = Math.max(sx, tx) + width / 2 + gap;
    return `M${sx},${sy} C${sx},${sy + dy} ${side},${sy + dy} ${side},${(sy + ty) / 2} C${side},${ty - dy} ${tx},${ty - dy} ${tx},${ty}`;
  }
  const dx = Math.sign(sx - tx || 1) * gap;
  const above = Math.min(sy, ty) - height / 2 - gap;
  return `M${sx},${sy} C${sx + dx},${sy} ${sx + dx},${above} ${(sx + tx) / 2},${above} C${tx - dx},${above} ${tx - dx},${ty} ${tx},${ty}`;
}

/** Arrowheads shared by all edges (rendered once inside the canvas). */
export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden="true">
      <defs>
        <marker id="warrant-arrow-support" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="marker-support" />
        </marker>
        <marker id="warrant-arrow-attack" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
          <path d="M0,1 L10,6 L0,11" className="marker-attack" fill="none" strokeWidth="2" />
          <path d="M11,0 L11,12" className="marker-attack" strokeWidth="2.5" />
        </marker>
        <marker id="warrant-arrow-undercut" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
          <circle cx="6" cy="6" r="4.5" className="marker-undercut" fill="none" strokeWidth="2" />
        </marker>
      </defs>
    </svg>
  );
}

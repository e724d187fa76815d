import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { getRelationPath } from './edgePath';
import type { RelationEdge as RelationEdgeType } from './projection';

/**
 * Support: green, solid, filled arrow. Attack: red, dashed, bar-ended arrow. Undercut: purple,
 * dotted. Colour is never the only carrier: line style and arrowhead differ too.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const card = useInternalNode(props.source)?.measured;
  const path = getRelationPath({ x: sourceX, y: sourceY, side: sourcePosition }, { x: targetX, y: targetY, side: targetPosition },
    props.source === props.target, { width: card?.width ?? 240, height: card?.height ?? 80 });
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

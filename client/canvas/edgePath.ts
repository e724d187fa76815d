import { Position, getBezierPath } from '@xyflow/react';

/** One end of an edge: the handle's point and the side of its card it leaves from. */
export interface EdgeEnd {
  readonly x: number;
  readonly y: number;
  readonly side: Position;
}

/**
 * An edge's SVG path in flow pixels: a bezier between the two handles, or for a statement
 * attacking itself a loop round its card (`card` is that card's size). The React Flow edges and
 * the far-zoom overview layer draw the same curve from it.
 */
export function getRelationPath(source: EdgeEnd, target: EdgeEnd, selfLoop: boolean, card: { width: number; height: number }): string {
  if (selfLoop) return selfLoopPath(source.x, source.y, target.x, target.y, source.side, card.width, card.height);
  return getBezierPath({ sourceX: source.x, sourceY: source.y, sourcePosition: source.side, targetX: target.x, targetY: target.y, targetPosition: target.side })[0];
}

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

import { useEffect, useRef } from 'react';
import { useUpdateNodeInternals } from '@xyflow/react';
import type { LayoutDirection } from '../../core/model';

/**
 * After Top-down ⇄ Left-right a card's handles move to other sides, but React Flow keeps the
 * handle bounds it measured when the card mounted until something makes it measure again:
 * edges would still end where the handles used to be. This asks React Flow to re-measure
 * this node's handles whenever the direction changes (not on mount: it measures then anyway).
 */
export function useHandlesFollowDirection(id: string, direction: LayoutDirection): void {
  const updateNodeInternals = useUpdateNodeInternals();
  const drawn = useRef(direction);
  useEffect(() => {
    if (drawn.current === direction) return;
    drawn.current = direction;
    updateNodeInternals(id);
  }, [id, direction, updateNodeInternals]);
}

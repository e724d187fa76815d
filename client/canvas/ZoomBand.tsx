import { useEffect, type RefObject } from 'react';
import { useStore } from '@xyflow/react';

/**
 * Below this zoom, edges are drawn plain: no arrowheads, dashes or click areas. At that size
 * they cannot be read or hit anyway, and a thousand dashed, marker-ended paths are what costs
 * most to paint while panning a big map zoomed out. Line colour still tells support from attack.
 */
export const FAR_ZOOM = 0.45;

/**
 * Marks the canvas element with data-zoom="far" or "near" for the stylesheet. Renders again
 * only when the band changes, not on every frame of a pan or zoom.
 */
export function ZoomBand({ target }: { target: RefObject<HTMLElement | null> }) {
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  useEffect(() => {
    target.current?.setAttribute('data-zoom', far ? 'far' : 'near');
  }, [far, target]);
  return null;
}

import { memo, useEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { buildOverviewPaths, drawOverview, getPalette } from './overviewPaths';
import type { CanvasNode, RelationEdge } from './projection';

interface Props {
  readonly nodes: readonly CanvasNode[];
  readonly edges: readonly RelationEdge[];
  /** Far out (FAR_ZOOM): the layer draws the map; otherwise it is hidden and draws nothing. */
  readonly active: boolean;
  readonly theme: 'light' | 'dark';
}

/**
 * Far out, the whole map drawn on one canvas under React Flow's cards: every card as a plain box,
 * every relation as a plain line. React Flow then holds in the DOM only the cards a person is
 * working with (Canvas.tsx: hovered, selected, labelled, marked, being edited or dragged), drawn
 * over their boxes here, so a pan changes one transform and repaints one canvas instead of
 * mounting and measuring cards and edges by the hundred. Paths are built when the map, the
 * selection or a drag changes, and redrawn once per animation frame while the view moves.
 */
export const OverviewLayer = memo(function OverviewLayer({ nodes, edges, active, theme }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  const paths = useMemo(() => (active ? buildOverviewPaths(nodes, edges) : null), [active, nodes, edges]);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !paths) return;
    const palette = getPalette(canvas);
    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = flowStore.getState();
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(width * ratio);
      const h = Math.round(height * ratio);
      if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
      drawOverview(ctx, paths, palette, transform, { width, height, ratio });
      canvas.dataset.drawn = transform.map((v) => v.toFixed(3)).join(' ');
    };
    draw();
    let last = flowStore.getState();
    const unsubscribe = flowStore.subscribe((s) => {
      if (s.transform === last.transform && s.width === last.width && s.height === last.height) return;
      last = s;
      frame ||= requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [paths, flowStore, theme]);
  return <canvas ref={ref} className="overview-layer" aria-hidden="true" hidden={!active} />;
});

import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../EditorContext';
import { ExplainPopover } from './ExplainPopover';
import { PresentCard } from './PresentCard';
import { PresenterBanner } from './PresenterBanner';
import { useEvaluationLayer } from './useEvaluationLayer';
import { usePresentation } from './usePresentation';
import { useRatingsLayer } from './useRatingsLayer';

/**
 * Everything the workshop shows over the canvas whichever panel is open: the live evaluation,
 * the consensus colouring, the walkthrough being presented (or followed), and the popover
 * explaining a label. Rendered inside the canvas area, within React Flow's provider.
 */
export function WorkshopRoot() {
  const { store, connection } = useEditor();
  useEvaluationLayer(store);
  useRatingsLayer(store);
  const flow = useReactFlow();
  // The step goes in the upper part of the canvas, clear of the walkthrough card below it.
  const centerStep = useCallback((id: string) => {
    const p = store.state.getState().map.statements.find((s) => s.id === id)?.position;
    if (!p) return;
    const height = document.querySelector('.react-flow')?.clientHeight ?? 600;
    const zoom = Math.max(flow.getZoom(), 0.9);
    void flow.setCenter(p.x + 120, p.y + 50 + (0.22 * height) / zoom, { zoom, duration: 250 });
  }, [flow, store]);
  usePresentation(store, connection.provider.awareness, centerStep);
  return (
    <>
      <ExplainPopover />
      <PresenterBanner />
      <PresentCard />
    </>
  );
}

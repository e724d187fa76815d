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
  usePresentation(store, connection.provider.awareness);
  return (
    <>
      <ExplainPopover />
      <PresenterBanner />
      <PresentCard />
    </>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '@xyflow/react';
import { createExplainer } from '../../core/semantics';
import { useEditor } from '../EditorContext';
import { ExplainText } from './ExplainText';
import { LABEL_BADGE } from './layers';
import { useWorkshopUi } from './useWorkshop';
import { getWorkshopUi, setWhatIf } from './workshopUi';

const CLOSED: readonly [number, number, number] = [0, 0, 1];

/** Where the popover goes: below the statement card, inside the canvas area. */
function usePlacement(id: string | null): { left: number; top: number } | null {
  // Follows the view only while open: closed, a pan's frames do not render it.
  const transform = useStore((s) => (id ? s.transform : CLOSED));
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const card = id ? document.querySelector(`[data-statement-id="${CSS.escape(id)}"]`) : null;
    const area = card?.closest('.canvas-area');
    if (!card || !area) return setAt(null);
    const r = card.getBoundingClientRect();
    const a = area.getBoundingClientRect();
    setAt({ left: Math.max(8, Math.min(a.width - 348, r.left - a.left)), top: Math.min(a.height - 60, r.bottom - a.top + 6) });
  }, [id, transform]);
  return at;
}

/**
 * Why a statement has its label (click on its evaluation badge), with the what-if choices for
 * it. Statements named in the explanation are links. Escape or a click elsewhere closes it.
 */
export function ExplainPopover() {
  const { store } = useEditor();
  const ui = getWorkshopUi(store);
  const id = useWorkshopUi((s) => s.explainId);
  const result = useWorkshopUi((s) => s.result);
  const extension = useWorkshopUi((s) => s.extension);
  const accept = useWorkshopUi((s) => s.accept);
  const reject = useWorkshopUi((s) => s.reject);
  const map = useEditor().useState((s) => s.map);
  const at = usePlacement(id);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!id) return;
    const close = () => ui.setState({ explainId: null });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    const onDown = (e: PointerEvent) => {
      const t = e.target as Element;
      if (!ref.current?.contains(t) && !t.closest?.('.badge-eval-in, .badge-eval-out, .badge-eval-undec, .badge-whatif')) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [id, ui]);
  const labelling = result?.labellings[extension];
  const statement = map.statements.find((s) => s.id === id);
  const label = id ? labelling?.statements.get(id) : undefined;
  if (!id || !statement || !labelling || !label || !at) return null;
  const why = createExplainer(map, labelling)(id);
  const choice = accept.includes(id) ? 'accept' : reject.includes(id) ? 'reject' : null;
  return (
    <div ref={ref} className="explain-popover" role="dialog" aria-label={`Why ${label}`} style={{ left: at.left, top: at.top }}>
      <div className="explain-head">
        <span className={`badge badge-eval-${label.toLowerCase()}`}>{LABEL_BADGE[label].text}</span>
        <strong>{LABEL_BADGE[label].word}</strong>
        <button type="button" className="icon" aria-label="Close" onClick={() => ui.setState({ explainId: null })}>×</button>
      </div>
      <p className="explain-why"><ExplainText text={why} /></p>
      <div className="explain-whatif" role="group" aria-label="What if (only you see this)">
        <span className="muted">What if:</span>
        <button type="button" aria-pressed={choice === 'accept'} onClick={() => setWhatIf(ui, id, choice === 'accept' ? null : 'accept')}>Accept</button>
        <button type="button" aria-pressed={choice === 'reject'} onClick={() => setWhatIf(ui, id, choice === 'reject' ? null : 'reject')}>Reject</button>
        <button type="button" className="quiet" onClick={() => {
          store.state.setState({ panel: 'critique' });
          ui.setState({ explainId: null });
        }}>Critique panel</button>
      </div>
    </div>
  );
}

import { canEditMap } from '../../../core/policy/roles';
import { useEffect, useRef } from 'react';
import type { WalkthroughStep } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { performWorkshop } from '../../actions/workshopActions';
import { focusItem, useWorkshopUi } from '../../workshop/useWorkshop';
import { getWorkshopUi } from '../../workshop/workshopUi';

/**
 * The facilitated walkthrough: record a path through the map (or take the automatic one),
 * note what to say at each stop, and present it step by step; those who follow the presenter
 * see the same step.
 */
export function WalkthroughSection() {
  const editor = useEditor();
  const { store } = editor;
  const ui = getWorkshopUi(store);
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const presenting = useWorkshopUi((s) => s.presenting);
  const step = useWorkshopUi((s) => s.step);
  const followed = useWorkshopUi((s) => s.followed);
  const walkthrough = map.workshop?.walkthrough;
  const steps = walkthrough?.steps ?? [];
  const current = presenting ? step : followed?.step ?? -1;
  const text = (id: string) => map.statements.find((s) => s.id === id)?.text ?? id;
  const save = (next: readonly WalkthroughStep[]) => performWorkshop(store, 'saveWalkthrough', { steps: next });
  const toAdd = [...selected].filter((id) => map.statements.some((s) => s.id === id));
  const move = (i: number, by: number) => {
    const next = [...steps];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item);
    save(next);
  };
  const present = (at = 0) => ui.setState({ presenting: true, step: at });
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('li.current')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <section className="ws-section" aria-labelledby="ws-walk-title">
      <h2 id="ws-walk-title">Walkthrough</h2>
      {!walkthrough ? (
        <>
          <p className="muted">A path through the map to take the room along: the thesis first, then each option with its reasons and objections.</p>
          <div className="ws-row">
            <button type="button" className="primary" disabled={!canEdit} onClick={() => performWorkshop(store, 'useAutoWalkthrough', {})}>Use the automatic walkthrough</button>
            <button type="button" disabled={!canEdit} onClick={() => save(toAdd.map((statement) => ({ statement, note: '' })))}>Record my own</button>
          </div>
        </>
      ) : (
        <>
          <div className="ws-row">
            <button type="button" className="primary" disabled={steps.length === 0} onClick={() => (presenting ? ui.setState({ presenting: false }) : present(Math.max(0, current)))}>
              {presenting ? 'End presentation' : 'Present'}
            </button>
            <button type="button" disabled={!canEdit || toAdd.length === 0} onClick={() => save([...steps, ...toAdd.filter((id) => !steps.some((s) => s.statement === id)).map((statement) => ({ statement, note: '' }))])}>Add selected</button>
            <button type="button" disabled={!canEdit} onClick={() => performWorkshop(store, 'useAutoWalkthrough', {})} title="Replace the steps with the path derived from the map">Automatic</button>
            <button type="button" className="quiet" disabled={!canEdit} onClick={() => performWorkshop(store, 'deleteWalkthrough', {})}>Delete</button>
          </div>
          <p className="ws-hint">{steps.length} steps{walkthrough.author ? `, recorded by ${walkthrough.author}` : ''}. {presenting ? 'Use → and ← to move; Escape ends.' : followed ? `Following ${followed.name}.` : 'Present steps through them on everyone’s canvas who follows you.'}</p>
          <ol className="ws-steps" ref={list}>
            {steps.map((s, i) => (
              <li key={`${s.statement}-${i}`} className={i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
                <div className="ws-step-head">
                  <button type="button" className="link ws-grow" onClick={() => (presenting ? ui.setState({ step: i }) : focusItem(store, s.statement))}>{text(s.statement)}</button>
                  <button type="button" className="icon" aria-label={`Move step ${i + 1} up`} disabled={!canEdit || i === 0} onClick={() => move(i, -1)}>↑</button>
                  <button type="button" className="icon" aria-label={`Move step ${i + 1} down`} disabled={!canEdit || i === steps.length - 1} onClick={() => move(i, 1)}>↓</button>
                  <button type="button" className="icon" aria-label={`Remove step ${i + 1}`} disabled={!canEdit} onClick={() => save(steps.filter((_, k) => k !== i))}>×</button>
                </div>
                <textarea aria-label={`Note for step ${i + 1}`} rows={2} key={`${s.statement}-${s.note}`} defaultValue={s.note} disabled={!canEdit} maxLength={5000}
                  placeholder="What to say here"
                  onBlur={(e) => e.target.value !== s.note && save(steps.map((x, k) => (k === i ? { ...x, note: e.target.value } : x)))} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

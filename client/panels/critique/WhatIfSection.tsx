import { getItemText, getNodeId, getRelations } from '../../../core/model/relations';
import { canEditMap } from '../../../core/policy/roles';
import { useState } from 'react';
import { getLiveChoices } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { performWorkshop } from '../../actions/workshopActions';
import { focusItem, useWorkshopUi } from '../../workshop/useWorkshop';
import { getWorkshopUi, setWhatIf } from '../../workshop/workshopUi';

/**
 * What-if: this participant takes statements as accepted or rejected and sees the evaluation
 * change for them alone. Saving the choices as a named scenario shares them (in the map's
 * workshop data); applying a scenario loads it into one's own what-if.
 */
export function WhatIfSection() {
  const editor = useEditor();
  const { store } = editor;
  const ui = getWorkshopUi(store);
  const accept = useWorkshopUi((s) => s.accept);
  const reject = useWorkshopUi((s) => s.reject);
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const [name, setName] = useState('');
  const relations = getRelations(map);
  const known = (id: string) => getNodeId(relations, id) !== undefined;
  const chosen = [...selected].filter((id) => known(id));
  const textOf = (id: string) => getItemText(getRelations(map), id) ?? `the step ${id}`;
  const scenarios = map.workshop?.scenarios ?? [];
  const choose = (choice: 'accept' | 'reject' | null) => {
    chosen.forEach((id) => setWhatIf(ui, id, choice));
    if (choice) ui.setState({ evaluationOn: true });
  };
  const save = () => {
    if (!performWorkshop(store, 'saveScenario', { name, accept, reject })) setName('');
  };
  const row = (id: string, kind: 'accept' | 'reject') => (
    <li key={id} className={`ws-whatif-${kind}`}>
      <span className="ws-mark" aria-hidden="true">{kind === 'accept' ? '✓' : '✗'}</span>
      <button type="button" className="link" onClick={() => focusItem(store, id)}>{textOf(id)}</button>
      <button type="button" className="icon" aria-label={`Stop ${kind === 'accept' ? 'accepting' : 'rejecting'} “${textOf(id)}”`} onClick={() => setWhatIf(ui, id, null)}>×</button>
    </li>
  );
  return (
    <section className="ws-section" aria-labelledby="ws-whatif-title">
      <h2 id="ws-whatif-title">What if</h2>
      <p className="ws-hint">Only you see these choices; the shared map does not change.</p>
      <div className="ws-row">
        <button type="button" disabled={chosen.length === 0} onClick={() => choose('accept')}>Accept selected</button>
        <button type="button" disabled={chosen.length === 0} onClick={() => choose('reject')}>Reject selected</button>
        <button type="button" disabled={accept.length + reject.length === 0} onClick={() => ui.setState({ accept: [], reject: [] })}>Clear all</button>
      </div>
      {accept.length + reject.length > 0 && (
        <ul className="ws-list" aria-label="Your what-if choices">
          {accept.map((id) => row(id, 'accept'))}
          {reject.map((id) => row(id, 'reject'))}
        </ul>
      )}
      <form className="ws-row" onSubmit={(e) => {
        e.preventDefault();
        save();
      }}>
        <input aria-label="Scenario name" placeholder="Scenario name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} disabled={!canEdit} />
        <button type="submit" disabled={!canEdit || !name.trim() || accept.length + reject.length === 0}>Save scenario</button>
      </form>
      {scenarios.length > 0 && (
        <ul className="ws-list ws-scenarios" aria-label="Saved scenarios">
          {scenarios.map((s) => (
            <li key={s.id}>
              <span className="ws-grow"><strong>{s.name}</strong> <span className="muted">by {s.author}: {s.accept.length} accepted, {s.reject.length} rejected</span></span>
              <button type="button" onClick={() => ui.setState({ ...getLiveChoices(s, (id) => known(id)), evaluationOn: true })}>Apply</button>
              <button type="button" className="icon" disabled={!canEdit} aria-label={`Delete scenario ${s.name}`} onClick={() => performWorkshop(store, 'deleteScenario', { id: s.id })}>×</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

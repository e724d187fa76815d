import { type Acceptance, createExplainer, type Label, SEMANTICS, type Semantics } from '../../../core/semantics';
import { useEditor } from '../../EditorContext';
import { ExplainText } from '../../workshop/ExplainText';
import { LABEL_BADGE } from '../../workshop/layers';
import { useWorkshopUi } from '../../workshop/useWorkshop';
import { getWorkshopUi } from '../../workshop/workshopUi';

const SEMANTICS_HELP: Record<Semantics, string> = {
  grounded: 'the cautious reading: IN only what the map forces, open conflicts undecided',
  preferred: 'every way of taking sides that is as bold as it can consistently be',
  stable: 'the outcomes that leave nothing undecided (there may be none)',
};

const ACCEPTANCE_TEXT: Record<Acceptance, string> = { every: 'It is IN in every', some: 'It is IN in some but not every', none: 'It is IN in no' };

/** Live evaluation: on or off, which semantics and outcome, counts, and why the selected statement has its label. */
export function EvaluationSection() {
  const editor = useEditor();
  const ui = getWorkshopUi(editor.store);
  const on = useWorkshopUi((s) => s.evaluationOn);
  const semantics = useWorkshopUi((s) => s.semantics);
  const extension = useWorkshopUi((s) => s.extension);
  const dimOut = useWorkshopUi((s) => s.dimOut);
  const result = useWorkshopUi((s) => s.result);
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const labelling = result?.labellings[extension];
  const counts = { IN: 0, OUT: 0, UNDEC: 0 };
  labelling?.statements.forEach((l) => counts[l]++);
  const explainId = useWorkshopUi((s) => s.explainId);
  // The statement whose badge was clicked, else the selected one.
  const focus = [explainId, ...selected].find((id): id is string => !!id && !!labelling?.statements.has(id));
  const many = result && result.semantics !== 'grounded';
  const accepted = result?.acceptance && new Map(result.acceptance);
  const tally = { every: 0, some: 0, none: 0 };
  accepted?.forEach((a) => tally[a]++);
  return (
    <section className="ws-section" aria-labelledby="ws-eval-title">
      <h2 id="ws-eval-title">Evaluation</h2>
      <label className="ws-toggle">
        <input type="checkbox" checked={on} onChange={(e) => ui.setState({ evaluationOn: e.target.checked })} />
        Show what holds on the canvas
      </label>
      <div className="ws-segments" role="radiogroup" aria-label="Semantics">
        {SEMANTICS.map((s) => (
          <button key={s} type="button" role="radio" aria-checked={semantics === s} title={SEMANTICS_HELP[s]}
            onClick={() => ui.setState({ semantics: s, extension: 0, evaluationOn: true })}>{s}</button>
        ))}
      </div>
      <p className="ws-hint">{SEMANTICS_HELP[semantics]}.</p>
      {on && result && (
        <>
          {result.error && !accepted && <p className="ws-warning" role="alert">{result.error} Showing the grounded labelling instead.</p>}
          {result.error && accepted && (
            <p className="ws-warning ws-acceptance" role="alert">
              This map has too many {semantics} outcomes to step through one by one. Per statement instead: IN in every outcome: {tally.every}; in some: {tally.some}; in none: {tally.none}.
              The canvas shows the grounded labelling; select a statement to see its {semantics} standing.
            </p>
          )}
          {many && result.labellings.length === 0 && <p className="ws-warning">No stable outcome: every way of taking sides leaves something undecided (usually an odd cycle of attacks). Try preferred.</p>}
          {many && result.labellings.length > 0 && (
            <div className="ws-outcome">
              <button type="button" aria-label="Previous outcome" disabled={extension === 0} onClick={() => ui.setState({ extension: extension - 1 })}>‹</button>
              <span>Outcome {extension + 1} of {result.labellings.length}</span>
              <button type="button" aria-label="Next outcome" disabled={extension >= result.labellings.length - 1} onClick={() => ui.setState({ extension: extension + 1 })}>›</button>
            </div>
          )}
          {labelling && (
            <p className="ws-counts" aria-label="Statements by status">
              {(['IN', 'OUT', 'UNDEC'] as Label[]).map((l) => (
                <span key={l} className={`badge badge-eval-${l.toLowerCase()}`} title={LABEL_BADGE[l].word}>{counts[l]} {LABEL_BADGE[l].text}</span>
              ))}
            </p>
          )}
          <label className="ws-toggle">
            <input type="checkbox" checked={dimOut} onChange={(e) => ui.setState({ dimOut: e.target.checked })} />
            Dim what does not hold (OUT)
          </label>
          <div className="ws-why" aria-live="polite">
            {focus && labelling
              ? <p><strong className="ws-why-of">{map.statements.find((s) => s.id === focus)?.text}</strong> <ExplainText text={createExplainer(map, labelling)(focus)} />
                {accepted?.has(focus) && <span className="ws-acceptance-of"> {ACCEPTANCE_TEXT[accepted.get(focus)!]} {semantics} outcome.</span>}</p>
              : <p className="muted">Select a statement, or click its badge, to see why it has its label.</p>}
          </div>
        </>
      )}
      {!on && <p className="muted">Labels each statement IN (holds), OUT (does not hold) or UNDEC (undecided) from the supports, attacks and undercuts in the map. It judges the shape of the argument, not whether a statement is true.</p>}
    </section>
  );
}

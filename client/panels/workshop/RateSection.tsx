import { MAX_CONFIDENCE, getOpenRound } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { focusItem } from '../../workshop/useWorkshop';
import { canRate, getMyRating, performWorkshop } from '../../actions/workshopActions';

const CONFIDENCE = Array.from({ length: MAX_CONFIDENCE }, (_, i) => i + 1);

/** Rating the selected statement (agree / disagree, confidence 1–5) or inference (strong / weak). */
export function RateSection() {
  const editor = useEditor();
  const { store } = editor;
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const ids = [...selected];
  const statement = ids.length === 1 ? map.statements.find((s) => s.id === ids[0]) : undefined;
  const inference = ids.length === 1 ? map.inferences.find((i) => i.id === ids[0]) : undefined;
  const round = getOpenRound(map.workshop);
  const target = statement?.id ?? inference?.id;
  const mine = target ? getMyRating(store, target) : undefined;
  const others = target ? new Set((map.workshop?.ratings ?? []).filter((r) => r.target === target && r.round === round?.id).map((r) => r.participant)).size : 0;
  const thesis = map.statements.find((s) => s.kind === 'thesis');
  return (
    <section className="ws-section" aria-labelledby="ws-rate-title">
      <h2 id="ws-rate-title">Your rating</h2>
      <p className={`ws-round-state${round ? ' open' : ''}`} role="status">
        {round ? <>Round <strong>{round.name}</strong> is open: your ratings count in it.</> : 'No round is open: ratings are kept outside rounds.'}
      </p>
      {!canRate(store) && <p className="ws-warning">Your link lets you view this map only; ask the facilitator for a comment or edit link to rate.</p>}
      {!target && (
        <>
          <p className="muted">Select a statement or a relation on the canvas to rate it. Ratings are shown to the room as counts, not names.</p>
          {thesis && <button type="button" onClick={() => focusItem(store, thesis.id)}>Rate the thesis</button>}
        </>
      )}
      {statement && (
        <div className="ws-rate">
          <blockquote className="ws-quote">{statement.text || 'Empty statement'}</blockquote>
          <div className="ws-row" role="group" aria-label="Do you agree?">
            <button type="button" className="ws-stance agree" aria-pressed={mine?.stance === 'agree'} disabled={!canRate(store)}
              onClick={() => performWorkshop(store, 'rateStatement', { target: statement.id, stance: 'agree' })}>▲ Agree</button>
            <button type="button" className="ws-stance disagree" aria-pressed={mine?.stance === 'disagree'} disabled={!canRate(store)}
              onClick={() => performWorkshop(store, 'rateStatement', { target: statement.id, stance: 'disagree' })}>▼ Disagree</button>
          </div>
          <div className="ws-confidence" role="radiogroup" aria-label="Confidence, from 1 (unsure) to 5 (certain)">
            <span className="muted">Confidence</span>
            {CONFIDENCE.map((c) => (
              <button key={c} type="button" role="radio" aria-checked={(mine?.confidence ?? 0) === c} disabled={!mine || !canRate(store)}
                title={c === 1 ? 'unsure' : c === MAX_CONFIDENCE ? 'certain' : undefined} onClick={() => performWorkshop(store, 'rateStatement', { target: statement.id, confidence: c })}>{c}</button>
            ))}
          </div>
        </div>
      )}
      {inference && (
        <div className="ws-rate">
          <p className="muted">How strongly do the premises carry the conclusion?</p>
          <blockquote className="ws-quote">{inference.label || `${inference.premises.map((p) => map.statements.find((s) => s.id === p)?.text ?? p).join(' + ')} → ${map.statements.find((s) => s.id === inference.target)?.text ?? 'a step'}`}</blockquote>
          <div className="ws-row" role="group" aria-label="How strong is this step?">
            <button type="button" aria-pressed={mine?.strength === 'strong'} disabled={!canRate(store)} onClick={() => performWorkshop(store, 'rateInference', { target: inference.id, strength: 'strong' })}>Strong</button>
            <button type="button" aria-pressed={mine?.strength === 'weak'} disabled={!canRate(store)} onClick={() => performWorkshop(store, 'rateInference', { target: inference.id, strength: 'weak' })}>Weak</button>
          </div>
        </div>
      )}
      {target && (
        <p className="ws-hint">
          {mine ? 'Your rating is saved. ' : ''}{others === 0 ? 'Nobody has rated this yet' : `${others} ${others === 1 ? 'person has' : 'people have'} rated this`}{round ? ' in this round' : ''}.
          {mine && <> <button type="button" className="link" onClick={() => performWorkshop(store, 'clearMyRating', { target })}>Remove my rating</button></>}
        </p>
      )}
    </section>
  );
}

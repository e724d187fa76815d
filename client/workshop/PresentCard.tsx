import { getSourceSpan } from '../../core/workshop';
import { useEditor } from '../EditorContext';
import { getPresenceUi } from '../presence/presenceUi';
import { canRate, getMyRating, performWorkshop } from '../actions/workshopActions';
import { useWorkshopUi } from './useWorkshop';
import { getWorkshopUi } from './workshopUi';

const KIND_WORD: Record<string, string> = { thesis: 'Thesis', claim: 'Claim', evidence: 'Evidence', assumption: 'Assumption', question: 'Question', note: 'Note' };

/**
 * The walkthrough card in present mode: the step, the facilitator's note, and the passage of
 * the source the statement comes from. The presenter steps with the buttons or → ←; a
 * follower sees the presenter's step. Anyone may rate the statement from here.
 */
export function PresentCard() {
  const editor = useEditor();
  const { store, connection } = editor;
  const ui = getWorkshopUi(store);
  const presenting = useWorkshopUi((s) => s.presenting);
  const ownStep = useWorkshopUi((s) => s.step);
  const followed = useWorkshopUi((s) => s.followed);
  const map = editor.useState((s) => s.map);
  const steps = map.workshop?.walkthrough?.steps ?? [];
  const view = presenting && steps.length
    ? { index: Math.min(ownStep, steps.length - 1), total: steps.length, statement: steps[Math.min(ownStep, steps.length - 1)].statement, note: steps[Math.min(ownStep, steps.length - 1)].note, who: null }
    : followed
      ? { index: followed.step, total: followed.total, statement: followed.statement, note: steps.find((s, i) => i === followed.step && s.statement === followed.statement)?.note ?? '', who: followed.name }
      : null;
  if (!view) return null;
  const statement = map.statements.find((s) => s.id === view.statement);
  const span = getSourceSpan(map, view.statement, 160);
  const mine = statement ? getMyRating(store, statement.id) : undefined;
  const go = (step: number) => ui.setState({ step: Math.max(0, Math.min(view.total - 1, step)) });
  return (
    <section className="present-card" aria-label="Walkthrough step" data-step={view.index}>
      <header>
        <span className="present-step">Step {view.index + 1} of {view.total}</span>
        {view.who ? <span className="muted">Following {view.who}</span> : <span className="muted">Presenting · → next, ← back</span>}
        <button type="button" className="icon" aria-label={view.who ? 'Stop following' : 'End the presentation'}
          onClick={() => (view.who ? getPresenceUi(connection.provider.awareness).setState({ following: null }) : ui.setState({ presenting: false }))}>×</button>
      </header>
      <div className="present-body">
        <div className="present-statement">
          <span className="present-kind">{KIND_WORD[statement?.kind ?? 'claim']}</span>
          <p className="present-text">{statement?.text ?? 'This statement was removed from the map.'}</p>
          {view.note && <p className="present-note">{view.note}</p>}
        </div>
        {span && (
          <figure className="present-source">
            <blockquote>{span.before}<mark>{span.quote}</mark>{span.after}</blockquote>
            <figcaption>{span.sourceTitle}</figcaption>
          </figure>
        )}
      </div>
      <footer>
        {statement && canRate(store) && (
          <span className="present-rate" role="group" aria-label="Your rating">
            <button type="button" aria-pressed={mine?.stance === 'agree'} onClick={() => performWorkshop(store, 'rateStatement', { target: statement.id, stance: 'agree' })}>Agree</button>
            <button type="button" aria-pressed={mine?.stance === 'disagree'} onClick={() => performWorkshop(store, 'rateStatement', { target: statement.id, stance: 'disagree' })}>Disagree</button>
          </span>
        )}
        {!view.who && (
          <span className="present-nav">
            <button type="button" onClick={() => go(view.index - 1)} disabled={view.index === 0}>← Previous</button>
            <button type="button" className="primary" onClick={() => go(view.index + 1)} disabled={view.index >= view.total - 1}>Next →</button>
          </span>
        )}
      </footer>
    </section>
  );
}

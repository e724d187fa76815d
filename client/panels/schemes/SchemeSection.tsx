import type { Inference } from '../../../core/model';
import { SCHEMES, getQuestionStatus } from '../../../core/schemes';
import { useEditor } from '../../EditorContext';
import type { ActionContext } from '../../actions/action';
import { answerCriticalQuestion, setScheme } from '../../actions/schemeActions';

/** The inference's argumentation scheme (chosen from the catalogue) and its critical questions, each answerable in one step. */
export function SchemeSection({ ctx, inference }: { ctx: ActionContext; inference: Inference }) {
  const editor = useEditor();
  const map = editor.useState((s) => s.map);
  const status = getQuestionStatus(map, inference);
  const free = inference.scheme && !status ? inference.scheme : undefined;
  return (
    <section className="scheme-section">
      <label htmlFor="insp-scheme">Argumentation scheme</label>
      <select id="insp-scheme" value={inference.scheme ?? ''} onChange={(e) => setScheme(ctx, inference, e.target.value)}>
        <option value="">none</option>
        {free && <option value={free}>{free}</option>}
        {SCHEMES.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      {status && (
        <>
          <p className="scheme-form muted">
            {status.scheme.premises.join(' ')} <strong>So: {status.scheme.conclusion}</strong>
          </p>
          <h3 className="cq-title">Critical questions <span className="ws-count">{status.questions.filter((q) => !q.answeredBy.length).length} open</span></h3>
          <ol className="cq-list">
            {status.questions.map(({ question, answeredBy }) => (
              <li key={question.id} className={answeredBy.length ? 'cq answered' : 'cq open'}>
                <span className="cq-text">{question.text}</span>
                {answeredBy.length > 0 ? (
                  <span className="cq-status">
                    Answered by{' '}
                    {answeredBy.map((a) => (
                      <button key={a.id} type="button" className="link" onClick={() => editor.store.select([a.premises[0]], { center: true })}>
                        {map.statements.find((s) => s.id === a.premises[0])?.text || a.premises[0]}
                      </button>
                    ))}
                  </span>
                ) : (
                  <button type="button" className="cq-answer" onClick={() => answerCriticalQuestion(ctx, inference, question.id)}>
                    {question.answer === 'undercut' ? 'Answer with an undercut' : 'Answer with an objection'}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

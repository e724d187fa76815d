import { getItemText, getRelations } from '../../../core/model/relations';
import { type RatingSummary, aggregateRatings, describeConsensus, describeSummary, isControversial, selectRatings } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { focusItem, useWorkshopUi } from '../../workshop/useWorkshop';
import { describeScope, resolveScope } from '../../workshop/scope';
import { type RatingsView, type ScopeChoice, getWorkshopUi } from '../../workshop/workshopUi';

const VIEWS: readonly [RatingsView, string][] = [['off', 'Off'], ['consensus', 'Consensus'], ['controversy', 'Controversy']];

/** −1…+1 as a bar from the middle: left (red) disagree, right (green) agree. */
function ConsensusBar({ s }: { s: RatingSummary }) {
  const width = `${Math.abs(s.consensus) * 50}%`;
  return (
    <span className="ws-bar" role="img" aria-label={`consensus ${s.consensus.toFixed(2)}: ${describeConsensus(s.consensus)}`}>
      <span className={s.consensus >= 0 ? 'agree' : 'disagree'} style={{ width, [s.consensus >= 0 ? 'left' : 'right']: '50%' }} />
    </span>
  );
}

/**
 * What the room thinks: the canvas colouring (consensus or controversy), which ratings count,
 * and the rated items, most disputed first. Anonymous unless names are asked for.
 */
export function ResultsSection() {
  const editor = useEditor();
  const ui = getWorkshopUi(editor.store);
  const view = useWorkshopUi((s) => s.ratingsView);
  const choice = useWorkshopUi((s) => s.scope);
  const showNames = useWorkshopUi((s) => s.showNames);
  const map = editor.useState((s) => s.map);
  const workshop = map.workshop;
  const scope = resolveScope(choice, workshop);
  const ratings = workshop?.ratings ?? [];
  const rows = [...aggregateRatings(ratings, scope).values()].sort((a, b) => b.controversy - a.controversy || b.count - a.count);
  const name = (id: string) => getItemText(getRelations(map), id) ?? `step ${id}`;
  const counted = selectRatings(ratings, scope);
  return (
    <section className="ws-section" aria-labelledby="ws-results-title">
      <h2 id="ws-results-title">Results</h2>
      <div className="ws-segments" role="radiogroup" aria-label="Colour the canvas by">
        {VIEWS.map(([v, label]) => <button key={v} type="button" role="radio" aria-checked={view === v} onClick={() => ui.setState({ ratingsView: v })}>{label}</button>)}
      </div>
      <p className="ws-hint">{view === 'consensus' ? 'Green: the room agrees; red: it disagrees; the stronger, the clearer.' : view === 'controversy' ? 'Orange: the room is split. ▲ agree, ▼ disagree.' : 'Colour the statements on the canvas by the ratings.'}</p>
      <label htmlFor="ws-scope">Ratings counted</label>
      <select id="ws-scope" value={choice} onChange={(e) => ui.setState({ scope: e.target.value as ScopeChoice })}>
        <option value="auto">The open round, or else everyone’s latest</option>
        <option value="latest">Everyone’s latest rating</option>
        <option value="free">Outside rounds</option>
        {(workshop?.rounds ?? []).map((r) => <option key={r.id} value={`round:${r.id}`}>{r.name}{r.closedAt ? '' : ' (open)'}</option>)}
      </select>
      <p className="ws-hint">{counted.length} rating{counted.length === 1 ? '' : 's'} from {new Set(counted.map((r) => r.participant)).size} people: {describeScope(scope, workshop)}.</p>
      <label className="ws-toggle"><input type="checkbox" checked={showNames} onChange={(e) => ui.setState({ showNames: e.target.checked })} /> Show who rated what</label>
      {rows.length === 0 ? <p className="muted">No ratings yet.</p> : (
        <ul className="ws-results" aria-label="Rated items, most disputed first">
          {rows.map((s) => (
            <li key={s.target} className={isControversial(s) ? 'split' : ''} data-target={s.target}>
              <button type="button" className="link ws-grow" onClick={() => focusItem(editor.store, s.target)}>{name(s.target)}</button>
              <span className="ws-result-line">
                <ConsensusBar s={s} />
                <span className="ws-summary">{describeSummary(s)}</span>
                {isControversial(s) && <span className="badge badge-split">split</span>}
              </span>
              {showNames && (
                <span className="ws-names">{counted.filter((r) => r.target === s.target).map((r) => `${r.name || 'Guest'}: ${r.stance ?? r.strength}${r.confidence ? ` (${r.confidence})` : ''}`).join(' · ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

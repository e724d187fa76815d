import { getItemText, getRelations } from '../../../core/model/relations';
import { canEditMap } from '../../../core/policy/roles';
import { useState } from 'react';
import { compareRounds, getNextRoundName, getOpenRound, isControversial } from '../../../core/workshop';
import { useEditor } from '../../EditorContext';
import { performWorkshop } from '../../actions/workshopActions';
import { closeOpenRound } from '../../workshop/roundActions';
import { focusItem } from '../../workshop/useWorkshop';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`;

/**
 * Rating rounds: the facilitator opens one, the room rates, the facilitator closes it, which
 * also saves a named version of the map with its ratings. Results of every round side by side.
 */
export function RoundsSection() {
  const editor = useEditor();
  const { store } = editor;
  const map = editor.useState((s) => s.map);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const workshop = map.workshop;
  const open = getOpenRound(workshop);
  const comparison = workshop ? compareRounds(workshop) : { rounds: [], rows: [] };
  const label = (id: string) => getItemText(getRelations(map), id) ?? `step ${id}`;
  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      const version = await closeOpenRound(store);
      if (version) setNotice(`Round closed and saved as the version “${version}” (see History).`);
    } catch (e) {
      setError(`The round is closed, but its version could not be saved: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="ws-section" aria-labelledby="ws-rounds-title">
      <h2 id="ws-rounds-title">Rounds</h2>
      {open ? (
        <div className="ws-round-state open" role="status">
          <span className="ws-grow">Round <strong>{open.name}</strong> is open since {time(open.openedAt)}: {(workshop?.ratings ?? []).filter((r) => r.round === open.id).length} ratings so far.</span>
          <button type="button" className="primary" disabled={!canEdit || busy} onClick={() => void close()}>Close round</button>
        </div>
      ) : (
        <form className="ws-row" onSubmit={(e) => {
          e.preventDefault();
          performWorkshop(store, 'openRound', { name: name || getNextRoundName(workshop) });
          setName('');
          setNotice(null);
        }}>
          <input aria-label="Round name" placeholder={getNextRoundName(workshop)} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} disabled={!canEdit} />
          <button type="submit" className="primary" disabled={!canEdit}>Open round</button>
        </form>
      )}
      {notice && <p className="ws-notice" role="status">{notice}</p>}
      {error && <p className="ws-warning" role="alert">{error}</p>}
      {comparison.rounds.length === 0 ? <p className="muted">No rounds yet. A round collects everyone’s ratings for one stage of the discussion; close it to keep its results.</p> : (
        <div className="ws-table-wrap">
          <table className="ws-compare" aria-label="Consensus per round">
            <thead><tr><th scope="col">Rated</th>{comparison.rounds.map((r) => <th key={r.id} scope="col">{r.name}{r.closedAt ? '' : ' (open)'}</th>)}</tr></thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.target}>
                  <th scope="row"><button type="button" className="link" onClick={() => focusItem(store, row.target)}>{label(row.target)}</button></th>
                  {comparison.rounds.map((r) => {
                    const s = row.byRound.get(r.id);
                    return (
                      <td key={r.id} className={s ? (isControversial(s) ? 'split' : s.consensus >= 0.05 ? 'agree' : s.consensus <= -0.05 ? 'disagree' : '') : ''}
                        title={s ? `${s.agree} agree, ${s.disagree} disagree${s.strong + s.weak ? `, ${s.strong} strong, ${s.weak} weak` : ''}` : 'not rated in this round'}>
                        {s ? <>{signed(s.consensus)}<small> ▲{s.agree + s.strong} ▼{s.disagree + s.weak}{isControversial(s) ? ' split' : ''}</small></> : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

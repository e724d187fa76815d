import type { ArgumentMap } from '../../../core/model';
import { type DiffItem, type DiffSummary, countChanges } from './diffSummary';

const CHANGE_WORD = { added: 'Added', changed: 'Changed', removed: 'Removed' } as const;

function ChangeList({ title, items, onShow }: { title: string; items: readonly DiffItem[]; onShow?: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <section className="diff-section">
      <h4>{title}</h4>
      <ul className="diff-list">
        {items.map((item) => (
          <li key={`${item.change}:${item.id}`} className={`diff-item diff-${item.change}`} data-change={item.change}>
            <span className="diff-tag">{CHANGE_WORD[item.change]}</span>
            <span className="diff-body">
              {onShow && item.change !== 'removed' ? (
                <button type="button" className="link-button" onClick={() => onShow(item.id)} title="Show it on the canvas">{item.text}</button>
              ) : <span className="diff-text">{item.text}</span>}
              {item.detail && <span className="muted small"> ({item.detail})</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The differences between a version and the map now, as lists (the canvas shows them too). */
export function DiffView({ summary, onShow, onShowAll }: { summary: DiffSummary; onShow: (id: string) => void; onShowAll: () => void }) {
  const total = countChanges(summary);
  if (total === 0) return <p className="muted">The map is the same as this version.</p>;
  const byChange = (items: readonly DiffItem[]) => [...items].sort((a, b) => 'acr'.indexOf(a.change[0]) - 'acr'.indexOf(b.change[0]));
  return (
    <div className="diff-view" aria-label="Changes since this version">
      <p className="diff-legend">
        <span>{total} change{total === 1 ? '' : 's'} since this version</span>
        <span className="legend added">added</span><span className="legend changed">changed</span><span className="legend removed">removed</span>
      </p>
      {summary.statements.some((i) => i.change !== 'removed') && (
        <button type="button" className="show-changes" onClick={onShowAll}>Show the changes on the canvas</button>
      )}
      {summary.meta.length > 0 && <p className="small">Map {summary.meta.join(', ')} changed.</p>}
      <ChangeList title="Statements" items={byChange(summary.statements)} onShow={onShow} />
      <ChangeList title="Relations" items={byChange(summary.relations)} />
      {(summary.moved > 0 || summary.comments > 0) && (
        <p className="muted small">
          {summary.moved > 0 && `${summary.moved} statement${summary.moved === 1 ? '' : 's'} only moved. `}
          {summary.comments > 0 && `${summary.comments} comment change${summary.comments === 1 ? '' : 's'}.`}
        </p>
      )}
    </div>
  );
}

/** A version's statements, read-only. */
export function VersionPreview({ map }: { map: ArgumentMap }) {
  return (
    <div className="version-preview">
      <p className="muted small">{map.statements.length} statements, {map.inferences.length} relations.</p>
      <ol className="preview-list">
        {map.statements.map((s) => (
          <li key={s.id}><span className={`kind-chip kind-${s.kind}`}>{s.kind}</span> {s.text || <em className="placeholder">Empty statement</em>}</li>
        ))}
      </ol>
    </div>
  );
}

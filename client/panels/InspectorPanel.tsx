import { STATEMENT_KINDS, type StatementKind, getRelations } from '../../core/model';
import { useEditor } from '../EditorContext';
import { CommentThread } from './CommentThread';
import { SchemeSection } from './schemes/SchemeSection';
import type { ActionContext } from '../actions/action';
import { getAction } from '../actions/editActions';
import type { PanelProps } from './panelProps';

const COLORS = ['', '#e4572e', '#f3a712', '#29bf12', '#2e86ab', '#a23b72', '#6c757d'];

/** Kind, tags, colour label, source anchors and comments of the selected statement or inference. */
function ActionButton({ ctx, name, children }: { ctx: ActionContext; name: string; children: string }) {
  return <button type="button" className="inspector-action" onClick={() => getAction(name).perform(ctx)}>{children}</button>;
}

/** A statement's or an argument's tags (Argdown's #pro, #con…), typed as a comma-separated list; written when the field is left. */
function TagsField({ owner, tags, onChange }: { owner: string; tags: readonly string[]; onChange: (tags: string[]) => void }) {
  return (
    <>
      <label htmlFor="insp-tags">Tags (comma-separated)</label>
      <input id="insp-tags" key={`${owner}:${tags.join(',')}`} defaultValue={tags.join(', ')}
        onBlur={(e) => {
          const next = [...new Set(e.target.value.split(',').map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
          if (next.join(',') !== tags.join(',')) onChange(next);
        }}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()} />
    </>
  );
}

export function InspectorPanel({ ctx }: PanelProps) {
  const editor = useEditor();
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const ids = [...selected];
  const relations = getRelations(map);
  const statement = ids.length === 1 ? relations.statements.get(ids[0]) : undefined;
  const inference = ids.length === 1 ? relations.inferences.get(ids[0]) : undefined;
  const undercut = !!inference && relations.kind(inference) === 'undercut';
  const dispatch = editor.store.dispatch;
  if (ids.length === 0) return <p className="muted">Select a statement or a relation to inspect it.</p>;
  if (ids.length > 1) {
    return (
      <div>
        <p className="muted">{ids.length} items selected.</p>
        <ActionButton ctx={ctx} name="joinPremises">Join as linked co-premises</ActionButton>
      </div>
    );
  }
  if (inference) {
    const text = (id: string) => relations.statements.get(id)?.text ?? id;
    return (
      <div>
        <h2>Inference <code>{inference.id}</code></h2>
        <label htmlFor="insp-polarity">Relation</label>
        <select id="insp-polarity" value={inference.polarity} disabled={undercut}
          onChange={(e) => dispatch([{ type: 'updateInference', id: inference.id, patch: { polarity: e.target.value as 'support' | 'attack' } }])}>
          <option value="support">supports</option>
          <option value="attack">attacks</option>
        </select>
        <label>Premises</label>
        <ul>{inference.premises.map((p) => <li key={p}>{text(p)}</li>)}</ul>
        <label>Target</label>
        <p>{undercut ? `the inference ${inference.target} (undercut)` : text(inference.target)}</p>
        <SchemeSection ctx={ctx} inference={inference} />
        <TagsField owner={inference.id} tags={inference.tags ?? []}
          onChange={(tags) => dispatch([{ type: 'updateInference', id: inference.id, patch: { tags: tags.length ? tags : undefined } }])} />
        <div className="inspector-actions">
          <ActionButton ctx={ctx} name="addUndercut">Undercut this inference</ActionButton>
          {relations.isLinked(inference) && <ActionButton ctx={ctx} name="splitPremises">Split into separate reasons</ActionButton>}
        </div>
        <CommentThread target={inference.id} />
      </div>
    );
  }
  if (!statement) return null;
  return (
    <div>
      <h2>Statement <code>{statement.id}</code></h2>
      <label htmlFor="insp-kind">Kind</label>
      <select id="insp-kind" value={statement.kind}
        onChange={(e) => dispatch([{ type: 'updateStatement', id: statement.id, patch: { kind: e.target.value as StatementKind } }])}>
        {STATEMENT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
      </select>
      <TagsField owner={statement.id} tags={statement.tags} onChange={(tags) => dispatch([{ type: 'updateStatement', id: statement.id, patch: { tags } }])} />
      <label>Colour label</label>
      <div className="swatches" role="radiogroup" aria-label="Colour label">
        {COLORS.map((c) => (
          <button key={c || 'none'} role="radio" aria-checked={(statement.color ?? '') === c} aria-label={c || 'no colour'}
            className="swatch" style={{ background: c || 'transparent' }}
            onClick={() => dispatch([{ type: 'updateStatement', id: statement.id, patch: { color: c || undefined } }])}>{c ? '' : '∅'}</button>
        ))}
      </div>
      <label>Source</label>
      {statement.anchors.length === 0 ? <p className="muted">Not anchored to a source text.</p> : statement.anchors.map((a, i) => (
        <blockquote key={i} className="anchor-quote">“{a.quote}” <span className="muted">({a.source}, {a.start}–{a.end})</span></blockquote>
      ))}
      <CommentThread target={statement.id} />
    </div>
  );
}

import { memo, useEffect, useMemo, useRef } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StatementNode as StatementNodeType } from './projection';
import { useEditor } from '../EditorContext';
import { getDecoration, getDecorationKey } from '../store/layers';
import { useLiveText } from './useLiveText';

const KIND_LABEL: Record<string, string> = {
  thesis: 'Thesis', claim: 'Claim', evidence: 'Evidence', assumption: 'Assumption', question: 'Question', note: 'Note',
};

function TextEditor({ id, onDone }: { id: string; onDone: () => void }) {
  const { store } = useEditor();
  const ref = useRef<HTMLTextAreaElement>(null);
  const live = useLiveText(store, id, ref);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <textarea
      ref={ref}
      className="statement-input nodrag nopan nowheel"
      aria-label="Statement text"
      value={live.value}
      rows={Math.max(2, Math.ceil(live.value.length / 30))}
      onChange={(e) => live.change(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          onDone();
        } else if (e.key === 'Escape') {
          live.cancel();
          onDone();
        }
      }}
      onBlur={onDone}
    />
  );
}

/** A statement card: kind, text, tags, comment count, source marker. */
export const StatementNode = memo(function StatementNode({ id, data, selected }: NodeProps<StatementNodeType>) {
  const { statement, commentCount, direction } = data;
  const editor = useEditor();
  const editing = editor.useState((s) => s.editingId === id);
  const decoKey = editor.useState((s) => getDecorationKey(s.layers, id));
  // decoKey stands for this card's part of the layers: recompute only when it changes.
  const deco = useMemo(() => getDecoration(editor.store.state.getState().layers, id), [decoKey, id, editor]);
  const vertical = direction === 'TB';
  return (
    <div
      className={`statement kind-${statement.kind}${selected ? ' selected' : ''}${deco.className}`}
      style={{ ...(statement.color && { borderLeftColor: statement.color }), ...deco.style }}
      data-statement-id={id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        editor.setEditing(id);
      }}
    >
      <Handle type="target" position={vertical ? Position.Bottom : Position.Right} className="handle" />
      <div className="statement-head">
        <span className="kind">{KIND_LABEL[statement.kind]}</span>
        {statement.anchors.length > 0 && <span className="marker" title="Anchored to the source text" aria-label="anchored to source">❝</span>}
        {commentCount > 0 && <span className="marker" title={`${commentCount} open comments`} aria-label={`${commentCount} comments`}>💬{commentCount}</span>}
        <span className="badges">
          {deco.badges.map((b, i) => (
            <button key={i} type="button" className={`badge badge-${b.tone} nodrag`} title={b.title} aria-label={b.title}
              onClick={(e) => { e.stopPropagation(); b.onClick?.(); }}>{b.text}</button>
          ))}
        </span>
      </div>
      {editing ? (
        <TextEditor id={id} onDone={() => editor.setEditing(null)} />
      ) : (
        <div className="statement-text">{statement.text || <em className="placeholder">Empty statement</em>}</div>
      )}
      {statement.tags.length > 0 && (
        <div className="tags">{statement.tags.map((t) => <span key={t} className="tag">#{t}</span>)}</div>
      )}
      <Handle type="source" position={vertical ? Position.Top : Position.Left} className="handle" />
    </div>
  );
});

import { canEditMap } from '../../core/policy/roles';
import { type CSSProperties, memo, useMemo } from 'react';
import { Handle, Position, type NodeProps, useStoreApi } from '@xyflow/react';
import type { StatementNode as StatementNodeType } from './projection';
import { useEditor } from '../EditorContext';
import { getDecoration, getDecorationKey } from '../store/layers';
import { TextEditor } from './TextEditor';
import { useHandlesFollowDirection } from './useHandlesFollowDirection';
import { useLabelPlace, useOverview } from './labelled';
import { getCaretOffsetAt, openEditor } from '../actions/editing';

const KIND_LABEL: Record<string, string> = {
  thesis: 'Thesis', claim: 'Claim', evidence: 'Evidence', assumption: 'Assumption', question: 'Question', note: 'Note',
};

/**
 * A statement card: kind, text, tags, comment count, source marker. Zoomed out past reading
 * (overview) it is a plain box of the same size: its badges, and its label when it has one; the
 * text it would hide anyway is not laid out, so cards entering the view while panning cost little.
 */
export const StatementNode = memo(function StatementNode({ id, data, selected }: NodeProps<StatementNodeType>) {
  const { statement, commentCount, direction } = data;
  useHandlesFollowDirection(id, direction);
  const label = useLabelPlace(id);
  const overview = useOverview();
  const flowStore = useStoreApi();
  const editor = useEditor();
  const editing = editor.useState((s) => s.editingId === id);
  const decoKey = editor.useState((s) => getDecorationKey(s.layers, id));
  // decoKey stands for this card's part of the layers: recompute only when it changes.
  const deco = useMemo(() => getDecoration(editor.store.state.getState().layers, id), [decoKey, id, editor]);
  const vertical = direction === 'TB';
  const plain = overview && !editing;
  // The box keeps the size the full card was measured at (or estimated), so edges do not move.
  const height = plain ? flowStore.getState().nodeLookup.get(id)?.measured.height : undefined;
  const badges = (
    <span className="badges">
      {deco.badges.map((b, i) => (
        <button key={i} type="button" className={`badge badge-${b.tone} nodrag`} title={b.title} aria-label={b.title}
          onClick={(e) => { e.stopPropagation(); b.onClick?.(); }}>{b.text}</button>
      ))}
    </span>
  );
  return (
    <div
      className={`statement kind-${statement.kind}${selected ? ' selected' : ''}${editing ? ' editing' : ''}${label ? ' labelled' : ''}${plain ? ' plain' : ''}${deco.className}`}
      style={{ ...(statement.color && { borderLeftColor: statement.color }), ...(height && { height }), ...deco.style }}
      data-statement-id={id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (editing || !canEditMap(editor.store.state.getState().role)) return;
        const caret = getCaretOffsetAt(e.currentTarget.querySelector('.statement-text'), e.clientX, e.clientY);
        openEditor(editor.store, statement.id, { caret });
      }}
    >
      {/* Ids tell the two handles apart, so a drag from one onto the other (a self-attack) is a connection. */}
      <Handle id="in" type="target" position={vertical ? Position.Bottom : Position.Right} className="handle" />
      {plain ? <div className="statement-head">{badges}</div> : (
        <>
          <div className="statement-head">
            <span className="kind">{KIND_LABEL[statement.kind]}</span>
            {statement.anchors.length > 0 && <span className="marker" title="Anchored to the source text" aria-label="anchored to source">❝</span>}
            {commentCount > 0 && <span className="marker" title={`${commentCount} open comments`} aria-label={`${commentCount} comments`}>💬{commentCount}</span>}
            {badges}
          </div>
          {editing ? <TextEditor id={statement.id} /> : <div className="statement-text">{statement.text || <em className="placeholder">Empty statement</em>}</div>}
          {statement.tags.length > 0 && <div className="tags">{statement.tags.map((t) => <span key={t} className="tag">#{t}</span>)}</div>}
        </>
      )}
      {label && !editing && (
        <div className="statement-label" aria-hidden="true" style={{ '--label-dx': `${label.dx}px`, '--label-dy': `${label.dy}px` } as CSSProperties}>
          {label.lines.map((line, i) => <span key={i}>{line}</span>)}
        </div>
      )}
      <Handle id="out" type="source" position={vertical ? Position.Top : Position.Left} className="handle" />
    </div>
  );
});

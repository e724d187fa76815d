import { canEditMap } from '../../../core/policy/roles';
import { useCallback, useRef, useState } from 'react';
import type { Anchor, Source } from '../../../core/model';
import { addStatementAt } from '../../actions/editActions';
import { useEditor } from '../../EditorContext';
import type { PanelProps } from '../panelProps';
import { AttachSource } from './AttachSource';
import { findRun } from './domOffsets';
import { Legend } from './Legend';
import { RemoveSource } from './RemoveSource';
import { SelectionActions, type TextSelection } from './SelectionActions';
import { SourceText } from './SourceText';
import { useFollowSelection } from './useFollowSelection';
import { useHoverLayer } from './useHoverLayer';
import { useSourceView } from './useSourceView';

/** The map's source text with every anchored span highlighted by the role of its statement. */
export function SourcePanel({ ctx }: PanelProps) {
  const editor = useEditor();
  const { store } = editor;
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const [attaching, setAttaching] = useState(false);
  const [showUnmapped, setShowUnmapped] = useState(false);
  const [nextGap, setNextGap] = useState(0);
  const textRef = useRef<HTMLDivElement>(null);
  const source = map.sources.find((s) => s.id === currentId) ?? map.sources[0];
  const view = useSourceView(map, source, showUnmapped);
  const flash = useFollowSelection(map, selected, source?.id, setCurrentId, textRef);
  const hover = useHoverLayer(store);

  const onPick = useCallback((ids: readonly string[]) => {
    // Clicking again where spans overlap selects the next statement over that text.
    const current = [...store.state.getState().selected];
    const at = current.length === 1 ? ids.indexOf(current[0]) : -1;
    store.select([ids[(at + 1) % ids.length]], { center: true });
  }, [store]);

  const attach = (s: Source) => {
    store.dispatch([{ type: 'addSource', source: s }]);
    setCurrentId(s.id);
    setAttaching(false);
  };

  if (map.sources.length === 0 || attaching || !source) {
    return (
      <div className="source-panel">
        {canEdit ? <AttachSource sources={map.sources} onAttach={attach} onCancel={map.sources.length > 0 ? () => setAttaching(false) : undefined} />
          : <p className="muted">This map has no source text.</p>}
      </div>
    );
  }

  const anchorFor = ({ start, end }: TextSelection): Anchor => ({ source: source.id, start, end, quote: source.text.slice(start, end) });
  const [oneSelected] = selected.size === 1 ? [...selected] : [];
  const target = map.statements.find((s) => s.id === oneSelected);
  const showGap = () => {
    const gaps = view.coverage.unmapped;
    if (gaps.length === 0 || !textRef.current) return;
    const gap = gaps[nextGap % gaps.length];
    findRun(textRef.current, gap.start)?.scrollIntoView({ block: 'center' });
    setNextGap((n) => (n + 1) % gaps.length);
  };

  return (
    <div className="source-panel">
      <div className="source-head">
        <div className="source-title-row">
          {map.sources.length > 1 ? (
            <select aria-label="Source text" value={source.id} onChange={(e) => setCurrentId(e.target.value)}>
              {map.sources.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </select>
          ) : <h2 className="source-title" title={source.title}>{source.title}</h2>}
          {canEdit && <button type="button" className="quiet" onClick={() => setAttaching(true)}>Attach text…</button>}
          {canEdit && <RemoveSource map={map} source={source} onRemove={() => store.dispatch([{ type: 'removeSource', id: source.id }])} />}
        </div>
        {source.url && <a className="source-url" href={source.url} target="_blank" rel="noreferrer">{source.url}</a>}
        <Legend present={view.present} />
        <div className="source-tools">
          <label className="toggle">
            <input type="checkbox" checked={showUnmapped} onChange={(e) => setShowUnmapped(e.target.checked)} /> Show unmapped
          </label>
          <span className="coverage" title="Share of the text (ignoring spaces) inside at least one anchored span">
            <meter min={0} max={100} value={view.coverage.percent} aria-hidden="true" /> {Math.round(view.coverage.percent)}% cited
          </span>
          <span className="muted">{view.highlights.length} spans</span>
          {showUnmapped && (view.coverage.unmapped.length > 0 ? (
            <span className="unmapped-count">
              {view.coverage.unmapped.length} unmapped {view.coverage.unmapped.length === 1 ? 'sentence' : 'sentences'}
              <button type="button" className="quiet" onClick={showGap} aria-label="Go to the next unmapped sentence">Next ›</button>
            </span>
          ) : <span className="muted">Every sentence is mapped.</span>)}
        </div>
      </div>
      <div className="source-body">
        <SourceText text={source.text} segments={view.segments} statementText={view.statementText} selected={selected} flash={flash}
          unmapped={view.unmapped} onPick={onPick} onHover={hover} textRef={textRef} />
        {canEdit && (
          <SelectionActions textRef={textRef} text={source.text}
            target={target ? { id: target.id, text: target.text, hasSpan: (s) => target.anchors.some((a) => a.source === source.id && a.start === s.start && a.end === s.end) } : null}
            onCreate={(s) => {
              const anchor = anchorFor(s);
              addStatementAt(ctx, ctx.viewCenter(), undefined, { text: anchor.quote.replace(/\s+/g, ' '), anchors: [anchor] });
            }}
            onAnchor={(s) => target && store.dispatch([{ type: 'updateStatement', id: target.id, patch: { anchors: [...target.anchors, anchorFor(s)] } }])}
          />
        )}
      </div>
    </div>
  );
}

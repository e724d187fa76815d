import { canEditMap } from '../../core/policy/roles';
import { useRef, useState } from 'react';
import type { ActionContext } from '../actions/action';
import { MAX_MAP_TITLE, renameMap } from '../actions/renameMap';
import { useEditor } from '../EditorContext';

/**
 * The map's title in the toolbar, with its statement count beneath. Whoever may edit clicks it
 * to rename the map in place: the text box opens with the title selected, Enter (or clicking
 * away) keeps the new title, Escape keeps the old one.
 */
export function MapTitle({ ctx }: { ctx: ActionContext }) {
  const editor = useEditor();
  const title = editor.useState((s) => s.map.title);
  const count = editor.useState((s) => s.map.statements.length);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const [draft, setDraft] = useState<string | null>(null);
  // Set once Enter or Escape has decided, so the blur of the closing field decides nothing more.
  const decided = useRef(false);
  const shown = title || 'Untitled map';
  const start = () => {
    decided.current = false;
    setDraft(title);
  };
  const finish = (keep: boolean) => {
    if (decided.current) return;
    decided.current = true;
    if (keep && draft !== null) renameMap(ctx, draft);
    setDraft(null);
  };
  return (
    <div className="map-title-block">
      {draft !== null ? (
        <input className="map-title-input" aria-label="Map title" value={draft} maxLength={MAX_MAP_TITLE}
          // Opened by the person's own click: the caret goes straight into the field, the old title selected.
          autoFocus onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') finish(true);
            else if (e.key === 'Escape') finish(false);
          }} />
      ) : canEdit ? (
        <h1 className="map-title">
          <button type="button" title={`${shown}: click to rename the map`} aria-label={`Rename the map “${shown}”`} onClick={start}>{shown}</button>
        </h1>
      ) : (
        <h1 className="map-title" title={shown}>{shown}</h1>
      )}
      <span className="count">{count} {count === 1 ? 'statement' : 'statements'}</span>
    </div>
  );
}

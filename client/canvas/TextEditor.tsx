import { useRef } from 'react';
import type { StatementId } from '../../core/model';
import { useEditor } from '../EditorContext';
import { closeEditor } from '../actions/editing';
import { useFocusWhenShown } from './useFocusWhenShown';
import { useLiveText } from './useLiveText';

/**
 * The text box of the statement being edited. Enter commits, Shift+Enter breaks the line,
 * Escape reverts this person's typing; a new statement left empty (by Escape, Enter or
 * clicking away) is removed again, so no empty card stays behind.
 */
export function TextEditor({ id }: { id: StatementId }) {
  const { store } = useEditor();
  const ref = useRef<HTMLTextAreaElement>(null);
  const start = useRef(store.state.getState().editStart).current;
  const live = useLiveText(store, id, ref, start.createdAtDepth);
  useFocusWhenShown(ref, start.caret);
  const closed = useRef(false);
  const finish = (cancel: boolean) => {
    if (closed.current) return;
    closed.current = true;
    if (cancel) live.cancel();
    if (start.createdAtDepth !== null && (cancel || live.current().trim() === '')) live.discard(start.createdAtDepth);
    closeEditor(store);
  };
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
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(false);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(true);
        }
      }}
      onBlur={() => finish(false)}
    />
  );
}

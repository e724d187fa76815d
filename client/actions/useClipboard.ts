import { useEffect } from 'react';
import type { ActionContext } from './action';
import { getClipboardContent, getPasteOps, parseClipboard } from './clipboard';
import { newId } from './ids';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * Ctrl/Cmd+C, X and V through the browser's clipboard events, so copies travel between
 * maps, tabs and browsers (as JSON text, which also pastes readably elsewhere).
 */
export function useClipboard(ctx: ActionContext): void {
  useEffect(() => {
    let pasteCount = 0;
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isTyping(e.target) || window.getSelection()?.toString()) return;
      const { map, selected } = ctx.store.state.getState();
      const content = getClipboardContent(map, selected);
      if (!content || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', JSON.stringify(content, null, 1));
      pasteCount = 0;
      if (cut) ctx.store.dispatch(content.statements.map((s) => ({ type: 'removeStatement', id: s.id })));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const content = parseClipboard(e.clipboardData?.getData('text/plain') ?? '');
      if (!content) return;
      e.preventDefault();
      pasteCount++;
      const { map } = ctx.store.state.getState();
      const c = ctx.viewCenter();
      const { ops, ids } = getPasteOps(map, content, newId, { x: c.x - 200 + 30 * pasteCount, y: c.y - 100 + 30 * pasteCount });
      ctx.store.dispatch(ops);
      ctx.store.state.setState({ selected: new Set(ids) });
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}

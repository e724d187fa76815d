import { useEffect } from 'react';
import type { ActionContext } from './action';
import { getClipboardContent, getPasteOps, parseClipboard } from './clipboard';
import { newId } from './ids';
import { getCardBoxes, placeArrivals } from './placement';
import { getPositions } from '../canvas/projection';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * Ctrl/Cmd+C, X and V through the browser's clipboard events, so copies travel between
 * maps, tabs and browsers (as JSON text, which also pastes readably elsewhere).
 */
export function useClipboard(ctx: ActionContext): void {
  useEffect(() => {
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isTyping(e.target) || window.getSelection()?.toString()) return;
      const { map, selected } = ctx.store.state.getState();
      const copied = getClipboardContent(map, selected);
      if (!copied || !e.clipboardData) return;
      e.preventDefault();
      // Statements go with the places they are shown at, so a paste keeps their arrangement.
      const shown = getPositions(map, new Map());
      const content = { ...copied, statements: copied.statements.map((s) => ({ ...s, position: s.position ?? shown.get(s.id) })) };
      e.clipboardData.setData('text/plain', JSON.stringify(content, null, 1));
      if (cut) ctx.store.dispatch(content.statements.map((s) => ({ type: 'removeStatement', id: s.id })));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const content = parseClipboard(e.clipboardData?.getData('text/plain') ?? '');
      if (!content) return;
      e.preventDefault();
      const { map } = ctx.store.state.getState();
      const positions = placeArrivals(map, content, ctx.viewCenter(), getCardBoxes(map, ctx.sizeOf), ctx.sizeOf);
      const { ops, ids } = getPasteOps(map, content, newId, positions);
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

import { useEffect } from 'react';
import type { ActionContext } from './action';
import { matchesKey } from './action';
import { editActions } from './editActions';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Runs the registered action whose shortcut matches a key press (not while typing in a field). */
export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || ctx.store.state.getState().editingId) return;
      const action = editActions.find((a) => a.keys?.some((k) => matchesKey(e, k)));
      if (!action) return;
      e.preventDefault();
      action.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}

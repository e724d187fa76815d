import { useEffect } from 'react';
import type { ActionContext } from './action';
import { matchesKey } from './action';
import { allActions } from './allActions';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Runs the registered action whose shortcut matches a key press (not while typing in a field). */
export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || ctx.store.state.getState().editingId) return;
      if (document.querySelector('[role="dialog"]')) return;
      const action = allActions.find((a) => a.keys?.some((k) => matchesKey(e, k)));
      if (!action) return;
      // Capture phase: our shortcuts win over React Flow's own arrow-key node nudging.
      e.preventDefault();
      e.stopPropagation();
      action.perform(ctx);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [ctx]);
}

import { useEffect } from 'react';
import type { ActionContext } from './action';
import { matchesKey } from './action';
import { allActions } from './allActions';

// A widget with keys of its own (the outline's ARIA tree) handles them itself.
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('[role="tree"]'));

/** Enter and Space on a focused button or link belong to that control, not to a shortcut. */
const isControlKey = (e: KeyboardEvent) =>
  (e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && !!e.target.closest('button, a, [role="button"], [role="tab"], summary');

/** Runs the registered action whose shortcut matches a key press (not while typing in a field). */
export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || isControlKey(e) || ctx.store.state.getState().editingId) return;
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

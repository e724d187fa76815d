import { useEffect, type RefObject } from 'react';

/** How long (in frames) to keep trying: React Flow shows a new card once it has measured it. */
const MAX_FRAMES = 120;

/**
 * Puts the caret into a text box as soon as it can hold it. A new card's box mounts while
 * React Flow still hides the unmeasured node (visibility: hidden), where focus() does
 * nothing; so focus is retried every frame until it holds, then the caret is placed once.
 */
export function useFocusWhenShown(ref: RefObject<HTMLTextAreaElement | null>, caret: number | 'end'): void {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const el = ref.current;
      if (!el) return;
      if (document.activeElement !== el) el.focus({ preventScroll: true });
      if (document.activeElement === el) {
        const at = caret === 'end' ? el.value.length : Math.min(caret, el.value.length);
        el.setSelectionRange(at, at);
        return;
      }
      if (++tries < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
    // Once per opening: the caret is placed where the editor opened, then belongs to the person.
  }, [ref]);
}

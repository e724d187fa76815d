import { type RefObject, useEffect, useRef, useState } from 'react';
import type { ArgumentMap } from '../../../core/model';

export interface Flash {
  readonly statementId: string;
  /** Alternates, so flashing the same span twice restarts the animation. */
  readonly phase: 'a' | 'b';
}

const FLASH_MS = 1800;

/** The runs of a statement's spans, if rendered. */
export const runsOf = (container: HTMLElement, statementId: string) =>
  [...container.querySelectorAll<HTMLElement>(`[data-ids~="${CSS.escape(statementId)}"]`)];

/** Scrolls the panel so an element is in view, unless it already is (below the sticky header). */
function revealRun(el: HTMLElement): void {
  const scroller = el.closest<HTMLElement>('.panel-body');
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    const header = scroller.querySelector('.source-head')?.getBoundingClientRect().height ?? 0;
    const r = el.getBoundingClientRect();
    if (r.top >= box.top + header && r.bottom <= box.bottom) return;
  }
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * When a statement is selected (on the canvas or anywhere), shows its span in the text: picks
 * the source it is anchored to, scrolls to the span and flashes it.
 */
export function useFollowSelection(
  map: ArgumentMap,
  selected: ReadonlySet<string>,
  currentSource: string | undefined,
  setCurrentSource: (id: string) => void,
  textRef: RefObject<HTMLElement | null>,
): Flash | null {
  const [flash, setFlash] = useState<Flash | null>(null);
  const previous = useRef<ReadonlySet<string>>(new Set());
  const statementsRef = useRef(map.statements);
  statementsRef.current = map.statements;

  useEffect(() => {
    const added = [...selected].filter((id) => !previous.current.has(id));
    previous.current = selected;
    const statement = added.map((id) => statementsRef.current.find((s) => s.id === id)).reverse().find((s) => s && s.anchors.length > 0);
    if (!statement) return;
    const anchor = statement.anchors.find((a) => a.source === currentSource) ?? statement.anchors[0];
    if (anchor.source !== currentSource) setCurrentSource(anchor.source);
    setFlash((f) => ({ statementId: statement.id, phase: f?.phase === 'a' ? 'b' : 'a' }));
  }, [selected, currentSource, setCurrentSource]);

  useEffect(() => {
    if (!flash) return;
    const first = textRef.current && runsOf(textRef.current, flash.statementId)[0];
    if (first) revealRun(first);
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash, textRef]);

  return flash;
}

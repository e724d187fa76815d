import { type RefObject, useEffect, useState } from 'react';
import { getSelectionOffsets } from './domOffsets';

export interface TextSelection {
  readonly start: number;
  readonly end: number;
}

interface Placed extends TextSelection {
  readonly top: number;
  readonly left: number;
}

/** Follows the reader's text selection inside the source text, with where to show its buttons. */
function useTextSelection(textRef: RefObject<HTMLElement | null>, text: string): [Placed | null, () => void] {
  const [placed, setPlaced] = useState<Placed | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const container = textRef.current;
        const selection = window.getSelection();
        const offsets = container && getSelectionOffsets(container, selection, text);
        if (!container || !offsets || !selection) return setPlaced(null);
        const frameBox = (container.offsetParent ?? container).getBoundingClientRect();
        const rects = selection.getRangeAt(0).getClientRects();
        const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
        const left = Math.max(0, Math.min(last.right - frameBox.left - 40, frameBox.width - 230));
        setPlaced({ ...offsets, top: last.bottom - frameBox.top + 6, left });
      });
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('mouseup', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mouseup', update);
    };
  }, [textRef, text]);
  return [placed, () => setPlaced(null)];
}

/** "New statement from selection" and "Anchor selection to …", shown under a text selection. */
export function SelectionActions({ textRef, text, target, onCreate, onAnchor }: {
  textRef: RefObject<HTMLElement | null>;
  text: string;
  /** The one selected statement, which the selection can be anchored to. */
  target: { id: string; text: string; hasSpan: (s: TextSelection) => boolean } | null;
  onCreate: (s: TextSelection) => void;
  onAnchor: (s: TextSelection) => void;
}) {
  const [selection, clear] = useTextSelection(textRef, text);
  if (!selection) return null;
  const done = (f: (s: TextSelection) => void) => () => {
    f(selection);
    window.getSelection()?.removeAllRanges();
    clear();
  };
  const already = target?.hasSpan(selection) ?? false;
  const short = target && (target.text.length > 28 ? `${target.text.slice(0, 27)}…` : target.text || target.id);
  return (
    <div className="selection-actions" role="group" aria-label="Selected text" style={{ top: selection.top, left: selection.left }}
      // Keep the text selection while a button is pressed.
      onMouseDown={(e) => e.preventDefault()}>
      <button type="button" className="primary" onClick={done(onCreate)}>New statement from selection</button>
      {target && (
        <button type="button" onClick={done(onAnchor)} disabled={already}
          title={already ? 'The selected statement is already anchored to this span' : `Add this span to the anchors of “${target.text}”`}>
          Anchor to “{short}”
        </button>
      )}
    </div>
  );
}

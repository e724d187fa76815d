import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, getDocParts, undoTopStep } from '../../core/sync';
import type { StatementId } from '../../core/model';
import type { MapStore } from '../store/mapStore';

/** Where an index moves to after a text change described by a Yjs delta. */
export function transformIndex(index: number, delta: readonly { retain?: number; insert?: unknown; delete?: number }[]): number {
  let pos = 0;
  let out = index;
  for (const op of delta) {
    if (op.retain) pos += op.retain;
    else if (typeof op.insert === 'string') {
      if (pos <= index) out += op.insert.length;
      pos += op.insert.length;
    } else if (op.delete) {
      if (pos < index) out -= Math.min(op.delete, index - pos);
    }
    if (pos > index) break;
  }
  return Math.max(0, out);
}

/**
 * Binds a textarea to a statement's Y.Text while it is being edited: each keystroke goes into
 * the shared text at once (so two people typing in one statement both keep their characters),
 * and remote typing shows up under the caret without moving it. The whole session is one undo
 * step (for a new statement, together with its creation); `cancel` reverts this user's typing
 * only (and a new statement's creation).
 */
export function useLiveText(store: MapStore, id: StatementId, input: RefObject<HTMLTextAreaElement | null>, createdAtDepth: number | null = null) {
  const ytext = getDocParts(store.doc).statements.get(id)?.get('text') as Y.Text | undefined;
  const [value, setValue] = useState(() => ytext?.toString() ?? '');
  const session = useRef({ depth: store.undoManager.undoStack.length, timeout: store.undoManager.captureTimeout });

  useEffect(() => {
    const um = store.undoManager;
    // A new statement's typing joins the step that created it: one undo removes both.
    if (createdAtDepth === null) um.stopCapturing();
    session.current = { depth: createdAtDepth ?? um.undoStack.length, timeout: um.captureTimeout };
    um.captureTimeout = Number.MAX_SAFE_INTEGER;
    return () => {
      um.captureTimeout = session.current.timeout;
      um.stopCapturing();
    };
  }, [store, createdAtDepth]);

  useEffect(() => {
    if (!ytext) return;
    const onChange = (event: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.origin === LOCAL_ORIGIN && tr.local) return;
      const el = input.current;
      const start = el ? transformIndex(el.selectionStart, event.delta as never) : 0;
      const end = el ? transformIndex(el.selectionEnd, event.delta as never) : 0;
      // Render the new text now and put the caret back at once: a caret restored later (after a
      // frame) could land after keys the user typed meanwhile and scramble them.
      flushSync(() => setValue(ytext.toString()));
      if (el && document.activeElement === el) el.setSelectionRange(start, end);
    };
    ytext.observe(onChange);
    return () => ytext.unobserve(onChange);
  }, [ytext, input]);

  return {
    value,
    change(next: string) {
      setValue(next);
      store.dispatch([{ type: 'setStatementText', id, text: next }], { merge: true });
    },
    /** The statement's text in the document now. */
    current: () => ytext?.toString() ?? '',
    /** Reverts what this user typed in this session (others' characters stay). */
    cancel() {
      const um = store.undoManager;
      while (um.undoStack.length > session.current.depth) undoTopStep(um);
    },
    /** Undoes this user's steps back to `depth`: for a new statement, its creation too. */
    discard(depth: number) {
      const um = store.undoManager;
      um.stopCapturing();
      while (um.undoStack.length > depth) undoTopStep(um);
      // Nothing to redo: the statement was never there for the person.
      um.clear(false, true);
    },
  };
}

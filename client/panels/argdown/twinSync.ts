/**
 * Keeps the pane's text and the shared map in step, both ways:
 * - the person types → the text is read against the map it was written from (core/twin) and, if
 *   it parses, its edits go into the map as one transaction; if not, the errors are shown and the
 *   map keeps its last good state;
 * - the map changes (canvas, other people) → what changed in its Argdown text is merged into the
 *   buffer as changes, so the caret stays put and nothing typed is lost.
 */
import { Annotation, type Transaction } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { exportArgdown } from '../../../core/formats/argdown';
import type { ArgumentMap } from '../../../core/model';
import { rebaseChanges } from '../../../core/twin/rebase';
import { type TwinError, readTwinText } from '../../../core/twin/textToOps';
import type { MapStore } from '../../store/mapStore';

/** Marks transactions that bring the map's changes into the buffer (not typed here). */
export const fromMap = Annotation.define<boolean>();

export interface TwinSync {
  readonly initialText: string;
  /** Call for every editor transaction that changed the document. */
  onLocalChange(tr: Transaction): void;
  attach(view: EditorView): void;
  destroy(): void;
}

export function createTwinSync(store: MapStore, onErrors: (errors: readonly TwinError[]) => void): TwinSync {
  let base: ArgumentMap = store.state.getState().map;
  let baseText = exportArgdown(base);
  let view: EditorView | undefined;
  let applying = false;
  // What reading the map's own text back would change (Argdown trims text, so a statement that
  // someone is typing "trees. " into reads back as "trees."): such ops come from the round trip,
  // not from the person typing here, and must not overwrite the other person's keystrokes.
  let roundTrip: Set<string> | undefined;
  const getRoundTrip = () => {
    if (!roundTrip) {
      const read = readTwinText(base, baseText, false);
      roundTrip = new Set(read.ok ? read.ops.map((op) => JSON.stringify(op)) : []);
    }
    return roundTrip;
  };
  const rebase = () => {
    base = store.state.getState().map;
    baseText = exportArgdown(base);
    roundTrip = undefined;
  };
  const unsubscribe = store.state.subscribe((s, prev) => {
    if (applying || s.map === prev.map || !view) return;
    const next = exportArgdown(s.map);
    if (next !== baseText) {
      const { changes } = rebaseChanges(baseText, view.state.doc.toString(), next);
      if (changes.length) view.dispatch({ changes, annotations: [fromMap.of(true)] });
    }
    base = s.map;
    baseText = next;
    roundTrip = undefined;
  });
  return {
    initialText: baseText,
    attach(v) {
      view = v;
    },
    onLocalChange(tr) {
      if (tr.annotation(fromMap)) return;
      const result = readTwinText(base, tr.state.doc.toString());
      if (!result.ok) return onErrors(result.errors);
      onErrors([]);
      const lossy = result.ops.length ? getRoundTrip() : undefined;
      const ops = lossy?.size ? result.ops.filter((op) => !lossy.has(JSON.stringify(op))) : result.ops;
      if (!ops.length) return;
      applying = true;
      try {
        store.dispatch(ops);
      } finally {
        applying = false;
      }
      rebase();
    },
    destroy: unsubscribe,
  };
}

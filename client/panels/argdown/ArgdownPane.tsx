import { canEditMap } from '../../../core/policy/roles';
import { useEffect, useRef, useState } from 'react';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { foldGutter, foldKeymap } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { TwinError } from '../../../core/twin/textToOps';
import { useEditor } from '../../EditorContext';
import { argdownSupport } from './argdownLanguage';
import { selectionId } from './lineIds';
import { selectionSupport, setSelected } from './selectionDecor';
import { createTwinSync } from './twinSync';

function toDiagnostics(view: EditorView, errors: readonly TwinError[]): Diagnostic[] {
  return errors.map((e) => {
    const line = view.state.doc.line(Math.min(e.line, view.state.doc.lines));
    const from = Math.min(line.from + e.column - 1, line.to);
    return { from, to: Math.max(from, line.to), severity: 'error', message: `Line ${e.line}, column ${e.column}: ${e.message}` };
  });
}

/** The map as live, editable Argdown text (see twinSync.ts for how the two stay in step). */
export function ArgdownPane() {
  const editor = useEditor();
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [errors, setErrors] = useState<readonly TwinError[]>([]);
  const role = editor.useState((s) => s.role);
  useEffect(() => {
    const store = editor.store;
    const sync = createTwinSync(store, (list) => {
      setErrors(list);
      view.dispatch(setDiagnostics(view.state, toDiagnostics(view, list)));
    });
    const view: EditorView = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: sync.initialText,
        extensions: [
          lineNumbers(),
          foldGutter(),
          lintGutter(),
          history(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          argdownSupport(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap]),
          selectionSupport((item) => store.select([selectionId(item)], { center: true })),
          EditorState.readOnly.of(!canEditMap(role)),
          EditorView.contentAttributes.of({ 'aria-label': 'Argdown text of the map', 'aria-multiline': 'true' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) u.transactions.forEach((tr) => tr.docChanged && sync.onLocalChange(tr));
          }),
        ],
      }),
    });
    sync.attach(view);
    viewRef.current = view;
    const showSelection = (selected: ReadonlySet<string>) => {
      view.dispatch({ effects: setSelected.of(selected) });
      if (view.hasFocus) return;
      const line = view.dom.querySelector('.cm-selected-item');
      if (line) line.scrollIntoView({ block: 'nearest' });
    };
    showSelection(store.state.getState().selected);
    const unsubscribe = store.state.subscribe((s, prev) => s.selected !== prev.selected && showSelection(s.selected));
    return () => {
      unsubscribe();
      sync.destroy();
      view.destroy();
      viewRef.current = null;
    };
  }, [editor, role]);
  return (
    <div className="argdown-pane">
      <p className="muted argdown-hint">
        Edit the map as <a href="https://argdown.org" target="_blank" rel="noreferrer">Argdown</a>; every change reaches the canvas and everyone in the map. <kbd>Ctrl</kbd>+click or a ● marker selects on the canvas.
      </p>
      <div ref={host} className="argdown-editor" />
      <div className="argdown-errors" role="status" aria-live="polite">
        {errors.length > 0 && (
          <>
            <p><strong>The text does not parse</strong> — the canvas keeps the last good version until it does.</p>
            <ul>
              {errors.map((e, i) => <li key={i}>Line {e.line}, column {e.column}: {e.message}</li>)}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

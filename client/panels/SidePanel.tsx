import { Suspense } from 'react';
import { useEditor } from '../EditorContext';
import type { ActionContext } from '../actions/action';
import { panels } from './registry';

/** The panel beside the canvas, with one tab per registered panel. */
export function SidePanel({ ctx }: { ctx: ActionContext }) {
  const editor = useEditor();
  const current = editor.useState((s) => s.panel);
  if (!current) return null;
  const def = panels.find((p) => p.id === current) ?? panels[0];
  return (
    <aside className="side-panel" aria-label={`${def.label} panel`}>
      <div className="tabs">
        <div role="tablist" aria-label="Panels" className="tab-list">
        {panels.map((p) => (
          <button key={p.id} role="tab" aria-selected={p.id === def.id} onClick={() => editor.store.state.setState({ panel: p.id })}>
            {p.label}
          </button>
        ))}
        </div>
        <button aria-label="Close panel" onClick={() => editor.store.state.setState({ panel: null })}>×</button>
      </div>
      <div className="panel-body" role="tabpanel">
        <Suspense fallback={<p className="panel-loading">Loading…</p>}>
          <def.Component ctx={ctx} />
        </Suspense>
      </div>
    </aside>
  );
}

import { canEditMap } from '../../../core/policy/roles';
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useReactFlow } from '@xyflow/react';
import { importExtensions } from '../../../core/formats';
import { MAX_IMPORT_BYTES } from '../../../core/model/limits';
import type { ActionContext } from '../../actions/action';
import { useEditor } from '../../EditorContext';
import { importFileIntoMap, revealStatements } from './importFile';
import { importReports } from './importReport';

const EXTENSIONS = importExtensions();

/** Import: a file picker and a drop area; the result of the last import (or why it failed). */
export function ImportSection({ ctx }: { ctx: ActionContext }) {
  const editor = useEditor();
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const { report: last, busy } = useStore(importReports);
  const report = last?.mapId === editor.store.mapId ? last : null;
  const input = useRef<HTMLInputElement>(null);
  const flow = useReactFlow();
  const shown = useRef<HTMLDivElement>(null);
  // A drop on the canvas reports down here: bring the report into sight.
  useEffect(() => {
    // A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
    shown.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [report?.at]);
  const pick = async (files: FileList | null) => {
    const file = files?.[0];
    if (input.current) input.current.value = '';
    if (!file) return;
    const { ids } = await importFileIntoMap(ctx, file);
    revealStatements(flow, ids);
  };
  return (
    <section className="import-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import into this map</h2>
      {canEdit ? (
        <div className="import-drop">
          <p>Adds the statements and relations of a file beside the map, as one step that Undo takes back.</p>
          <div className="import-pick">
            <button type="button" onClick={() => input.current?.click()} disabled={busy}>{busy ? 'Reading…' : 'Choose a file…'}</button>
            <span className="muted">or drop one on the canvas</span>
          </div>
          <input ref={input} type="file" hidden accept={EXTENSIONS.join(',')} aria-label="File to import" onChange={(e) => void pick(e.target.files)} />
          <p className="muted small">
            Reads {EXTENSIONS.join(', ')} (a .json file may be a Warrant map or AIF), up to {MAX_IMPORT_BYTES / 1024 / 1024} MB.
          </p>
        </div>
      ) : (
        <p className="muted">Your link can look at this map but not change it, so importing is off.</p>
      )}
      {report && (
        <div ref={shown} className={`import-report ${report.ok ? 'ok' : 'failed'}`} role={report.ok ? 'status' : 'alert'}>
          <p>{report.message}</p>
          {report.ok && report.notes.length === 0 && <p className="muted small">Nothing was skipped.</p>}
          {report.notes.length > 0 && (
            <>
              <p className="small">The importer noted:</p>
              <ul className="import-notes">{report.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
            </>
          )}
          {!report.ok && <p className="muted small">The map was not changed.</p>}
        </div>
      )}
    </section>
  );
}

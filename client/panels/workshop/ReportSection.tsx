import { useState } from 'react';
import { useEditor } from '../../EditorContext';
import { downloadReport } from '../../workshop/downloadReport';

/** One click: the critique report as Markdown or PDF. */
export function ReportSection() {
  const editor = useEditor();
  const [error, setError] = useState<string | null>(null);
  const download = (format: 'md' | 'pdf') => {
    setError(null);
    downloadReport(editor.store.mapId, editor.store.state.getState().map, format).catch((e: Error) => setError(`The report could not be made: ${e.message}`));
  };
  return (
    <section className="ws-section" aria-labelledby="ws-report-title">
      <h2 id="ws-report-title">Critique report</h2>
      <p className="muted">The thesis, a summary of the structure, what holds and why not (grounded evaluation), the critique checks, the ratings round by round, and the map as a figure.</p>
      <div className="ws-row">
        <button type="button" className="primary" onClick={() => download('md')}>Download Markdown</button>
        <button type="button" onClick={() => download('pdf')}>Download PDF</button>
      </div>
      <p className="ws-hint">From the command line: <code>warrant report map.json -o report.pdf</code></p>
      {error && <p className="ws-warning" role="alert">{error}</p>}
    </section>
  );
}

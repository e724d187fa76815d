import { useDeferredValue, useMemo, useState } from 'react';
import { useEditor } from '../../EditorContext';
import { describeFormat, getExportFileName, isCopyable, isFigure, runCoreExport } from '../../io/exportChoices';
import { type ExportScope, getScopeMap } from '../../io/subset';
import { copyText } from '../share/linksApi';
import { downloadBlob, toBlob } from './download';
import { ExportOptions } from './ExportOptions';
import { FigurePreview, TextPreview } from './ExportPreview';
import { RasterTooLargeError, getRasterSize, rasterizeSvg } from './rasterize';
import { fetchServerExport } from './serverExport';
import { useExportChoices } from './useExportChoices';

const PAGE_NAMES = { fit: 'page the size of the figure', a4: 'A4 page', letter: 'Letter page' } as const;
const kb = (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KB`);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const EMPTY: Record<ExportScope, string> = {
  map: 'The map is empty: there is nothing to export yet.',
  selection: 'Nothing is selected: select statements on the canvas (Shift-drag selects an area).',
  view: 'The current view shows no statements: clear the filters or the focus.',
};

/** Export: choose what and how, see it, then download it or copy it. Runs in the browser. */
export function ExportSection() {
  const editor = useEditor();
  const { mapId } = editor.store;
  const map = useDeferredValue(editor.useState((s) => s.map));
  const selected = editor.useState((s) => s.selected);
  const hidden = editor.useState((s) => s.hidden);
  const [choices, update] = useExportChoices();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { scope, format, legend, page, scale, background } = choices;

  const counts = useMemo(() => ({
    map: map.statements.length,
    selection: map.statements.filter((s) => selected.has(s.id)).length,
    view: map.statements.filter((s) => !hidden.has(s.id)).length,
  }), [map, selected, hidden]);
  const scoped = useMemo(() => getScopeMap(map, scope, selected, hidden), [map, scope, selected, hidden]);
  const empty = scoped.statements.length === 0;
  const figure = isFigure(format);
  // The figure (for the preview, SVG and PNG) or the text, as the file will hold it.
  const output = useMemo(() => {
    if (empty) return null;
    try {
      return { text: runCoreExport(figure ? 'svg' : format, scoped, { legend }) as string };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [empty, figure, format, scoped, legend]);
  const fileName = getExportFileName(mapId, format, scope, scale);
  const set = (patch: Parameters<typeof update>[0]) => {
    setStatus(null);
    update(patch);
  };

  const makeBlob = async (svgOrText: string): Promise<Blob> => {
    const { mimeType } = describeFormat(format);
    if (format === 'svg' || !figure) return toBlob(svgOrText, mimeType);
    const ids = scope === 'map' ? undefined : scoped.statements.map((s) => s.id);
    if (format === 'pdf') return fetchServerExport(mapId, { format: 'pdf', legend, page, ids });
    if (format !== 'png') return toBlob(runCoreExport(format, scoped, { legend, page }), mimeType);
    try {
      return await rasterizeSvg(svgOrText, scale, background);
    } catch (e) {
      if (!(e instanceof RasterTooLargeError)) throw e;
      // Too large for a browser canvas: the server draws it from the same map.
      return fetchServerExport(mapId, { format: 'png', scale, background, legend, ids });
    }
  };
  const download = async () => {
    if (!output?.text) return;
    setBusy(true);
    setStatus(null);
    try {
      const blob = await makeBlob(output.text);
      downloadBlob(blob, fileName);
      setStatus({ ok: true, text: `Saved ${fileName} (${kb(blob.size)}).` });
    } catch (e) {
      setStatus({ ok: false, text: `Could not export: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!output?.text) return;
    // For a figure the preview holds the SVG; TikZ is written from the same map when copied.
    const text = format === 'svg' || !figure ? output.text : (runCoreExport(format, scoped, { legend, page }) as string);
    const ok = await copyText(text);
    setStatus(ok ? { ok: true, text: `Copied ${describeFormat(format).label} to the clipboard.` } : { ok: false, text: 'The browser did not allow copying; download the file instead.' });
  };

  const caption = (() => {
    if (!output?.text) return '';
    const what = plural(scoped.statements.length, 'statement');
    if (!figure) return `${what} · ${plural(output.text.split('\n').length, 'line')} · ${kb(new TextEncoder().encode(output.text).length)}`;
    const px = getRasterSize(output.text, format === 'png' ? scale : 1);
    if (format === 'pdf') return `${what} · on a ${PAGE_NAMES[page]}`;
    if (format === 'tikz') return `${what} · a standalone LaTeX document (pdflatex); the tikzpicture inside goes into a paper`;
    return `${what} · ${px.width} × ${px.height} px`;
  })();

  return (
    <section className="export-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <ExportOptions choices={choices} counts={counts} onChange={set} />
      {empty && <p className="export-empty muted">{EMPTY[scope]}</p>}
      {output?.error && <p role="alert" className="error">This map could not be written as {describeFormat(format).label}: {output.error}</p>}
      {output?.text && (figure
        ? <FigurePreview svg={output.text} transparent={format === 'png' && background === 'transparent'} caption={caption} />
        : <TextPreview text={output.text} caption={caption} />)}
      <div className="export-actions">
        <button type="button" className="primary" disabled={!output?.text || busy} onClick={download}>
          {busy ? 'Preparing…' : 'Download'}
        </button>
        {isCopyable(format) && <button type="button" disabled={!output?.text} onClick={copy}>Copy</button>}
        <span className="export-file muted" title={fileName}>{fileName}</span>
      </div>
      {status && <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'error'}>{status.text}</p>}
    </section>
  );
}

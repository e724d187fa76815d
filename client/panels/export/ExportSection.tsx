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
import { composeFigure, parseFigureOptions } from '../../../core/figure';
import { describeLosses, getExportLosses, splitLosses } from '../../../core/formats/losses';
import { FigureOptions } from './FigureOptions';
import { getFigureParams } from './figureParams';

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
  const [part, setPart] = useState('');
  const selectedOne = selected.size === 1 ? [...selected][0] : null;

  const counts = useMemo(() => ({
    map: map.statements.length,
    selection: map.statements.filter((s) => selected.has(s.id)).length,
    view: map.statements.filter((s) => !hidden.has(s.id)).length,
  }), [map, selected, hidden]);
  const scoped = useMemo(() => getScopeMap(map, scope, selected, hidden), [map, scope, selected, hidden]);
  const empty = scoped.statements.length === 0;
  const figure = isFigure(format);
  const params = figure ? getFigureParams(choices.figure, selectedOne) : null;
  const paramsKey = JSON.stringify(params);
  // A figure for print: composed in the browser by the same core code as the CLI and the server.
  const composed = useMemo(() => {
    if (!params || empty) return null;
    try {
      const options = parseFigureOptions((name) => params[name])!;
      const c = composeFigure(scoped, options, legend);
      return { ok: true as const, options, parts: c.parts.map((p) => p.label).filter(Boolean), warnings: c.warnings, smallest: c.smallestText };
    } catch (e) {
      return { ok: false as const, error: (e as Error).message };
    }
  }, [paramsKey, empty, scoped, legend]); // params is rebuilt each render; paramsKey says when it changed
  // What this format leaves out of what is exported, said before anyone downloads the file.
  const lossNote = useMemo(() => {
    const losses = getExportLosses(scoped, format);
    return { text: describeLosses(describeFormat(format).label, losses), lost: splitLosses(losses).lost.length > 0 };
  }, [scoped, format]);
  const figureOptions = composed?.ok ? composed.options : undefined;
  const parts = composed?.ok ? composed.parts : [];
  const shownPart = parts.includes(part) ? part : parts[0];
  const exportOptions = { legend, page, figure: figureOptions, part: shownPart };
  // The figure (for the preview, SVG and PNG) or the text, as the file will hold it.
  const output = useMemo(() => {
    if (empty) return null;
    if (composed && !composed.ok) return { error: composed.error };
    try {
      return { text: runCoreExport(figure ? 'svg' : format, scoped, figure ? { legend, figure: figureOptions, part: shownPart } : { legend }) as string };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [empty, figure, format, scoped, legend, composed, figureOptions, shownPart]);
  const fileName = getExportFileName(mapId, format, scope, scale).replace(/(\.[a-z.]+)$/, parts.length > 1 && format !== 'pdf' ? `-${shownPart}$1` : '$1');
  const set = (patch: Parameters<typeof update>[0]) => {
    setStatus(null);
    update(patch);
  };

  const makeBlob = async (svgOrText: string): Promise<Blob> => {
    const { mimeType } = describeFormat(format);
    const ids = scope === 'map' ? undefined : scoped.statements.map((s) => s.id);
    if (format === 'svg' && choices.embedFonts) return fetchServerExport(mapId, { format: 'svg', legend, ids, figure: params, part: shownPart, embedFonts: true });
    if (format === 'svg' || !figure) return toBlob(svgOrText, mimeType);
    if (format === 'pdf') return fetchServerExport(mapId, { format: 'pdf', legend, page, ids, figure: params });
    if (format !== 'png') return toBlob(runCoreExport(format, scoped, exportOptions), mimeType);
    try {
      return await rasterizeSvg(svgOrText, scale, background);
    } catch (e) {
      if (!(e instanceof RasterTooLargeError)) throw e;
      // Too large for a browser canvas: the server draws it from the same map.
      return fetchServerExport(mapId, { format: 'png', scale, background, legend, ids, figure: params, part: shownPart });
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
    const text = format === 'svg' || !figure ? output.text : (runCoreExport(format, scoped, exportOptions) as string);
    const ok = await copyText(text);
    setStatus(ok ? { ok: true, text: `Copied ${describeFormat(format).label} to the clipboard.` } : { ok: false, text: 'The browser did not allow copying; download the file instead.' });
  };

  const caption = (() => {
    if (!output?.text) return '';
    const what = plural(scoped.statements.length, 'statement');
    if (!figure) return `${what} · ${plural(output.text.split('\n').length, 'line')} · ${kb(new TextEncoder().encode(output.text).length)}`;
    const px = getRasterSize(output.text, format === 'png' ? scale : 1);
    const print = composed?.ok ? ` · smallest text ${Math.round(composed.smallest * 10) / 10} pt printed` : '';
    if (format === 'pdf') return `${what} · on a ${params ? 'page the printed size of the figure' : PAGE_NAMES[page]}${print}`;
    if (format === 'tikz') return `${what} · a standalone LaTeX document (lualatex); the tikzpicture inside goes into a paper${print}`;
    if (print) return `${what}${print}`;
    return `${what} · ${px.width} × ${px.height} px`;
  })();

  return (
    <section className="export-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <ExportOptions choices={choices} counts={counts} onChange={set} />
      {figure && <FigureOptions value={choices.figure} selectedOne={selectedOne} onChange={(patch) => set({ figure: { ...choices.figure, ...patch } })} />}
      {parts.length > 1 && (
        <p className="export-parts">
          Too big for one figure at this size: {parts.length} sub-figures joined by “continued in” cards
          {format === 'pdf' ? ' (one page each).' : '. Showing '}
          {format !== 'pdf' && (
            <select aria-label="Sub-figure" value={shownPart} onChange={(e) => setPart(e.target.value)}>
              {parts.map((p) => <option key={p} value={p}>({p})</option>)}
            </select>
          )}
        </p>
      )}
      {composed?.ok && composed.warnings.map((w) => <p key={w} role="note" className="export-warning">{w}</p>)}
      {lossNote.text && !empty && <p role="note" className={lossNote.lost ? 'export-losses' : 'export-losses only-warrant'}>{lossNote.text}</p>}
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

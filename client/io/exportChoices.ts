import { type ExportFormat, type ExportOptions, getExportFormat } from '../../core/formats';
import type { ArgumentMap } from '../../core/model';
import type { ExportScope } from './subset';

/** PNG is drawn by the browser from the SVG figure (see panels/export/rasterize.ts); this describes the file. */
export const PNG_FORMAT = { id: 'png', label: 'PNG image', extension: 'png', mimeType: 'image/png' } as const;
export const PNG_SCALES = [1, 2, 4] as const;
/** PDF figures are written by the server, which holds the font files they embed. */
export const PDF_FORMAT = { id: 'pdf', label: 'PDF figure', extension: 'pdf', mimeType: 'application/pdf' } as const;

/** The export menu, grouped as people look for it: figures for papers and slides, text, interchange. */
export const EXPORT_GROUPS: readonly { readonly label: string; readonly ids: readonly string[] }[] = [
  { label: 'Figures', ids: ['svg', 'pdf', 'png', 'tikz'] },
  { label: 'Text and diagrams', ids: ['argdown', 'markdown', 'mermaid', 'dot'] },
  { label: 'Interchange', ids: ['json', 'aif', 'graphml'] },
];

/** Formats drawn from the figure (same scene as the SVG): they take the legend option and get a picture preview. */
export const FIGURE_IDS: ReadonlySet<string> = new Set(['svg', 'pdf', 'png', 'tikz']);
/** Formats whose output is a picture or a binary file rather than text one would paste. */
const NOT_TEXT: ReadonlySet<string> = new Set(['pdf', 'png']);

export const isFigure = (id: string) => FIGURE_IDS.has(id);
export const isCopyable = (id: string) => !NOT_TEXT.has(id);

/** Label and file extension of any format in the menu. */
export function describeFormat(id: string): { readonly id: string; readonly label: string; readonly extension: string; readonly mimeType: string } {
  if (id === PNG_FORMAT.id) return PNG_FORMAT;
  if (id === PDF_FORMAT.id) return PDF_FORMAT;
  const f = getExportFormat(id);
  if (!f) throw new RangeError(`No export format "${id}"`);
  return f;
}

/**
 * The file name of an export: the map id, the scope when it is not the whole map, the scale of
 * a PNG above 1×; AIF is JSON, so it says so before the extension (`x.aif.json`) to stay apart from a Warrant file.
 */
export function getExportFileName(mapId: string, formatId: string, scope: ExportScope, scale = 1): string {
  const base = mapId.replace(/[^A-Za-z0-9_-]+/g, '-') || 'map';
  const part = scope === 'map' ? '' : `-${scope}`;
  const size = formatId === 'png' && scale !== 1 ? `@${scale}x` : '';
  const ext = formatId === 'aif' ? 'aif.json' : describeFormat(formatId).extension;
  return `${base}${part}${size}.${ext}`;
}

/** Runs a core (pure, in-browser) export; PNG and PDF are not among them. */
export function runCoreExport(formatId: string, map: ArgumentMap, options: ExportOptions): string | Uint8Array {
  const format: ExportFormat | undefined = getExportFormat(formatId);
  if (!format) throw new RangeError(`No in-browser export for "${formatId}"`);
  return format.export(map, options);
}

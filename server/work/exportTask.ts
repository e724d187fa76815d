import { composeFigure, type FigureOptions } from '../../core/figure';
import { type ExportOptions, getExportLosses, listLosses, splitLosses } from '../../core/formats';
import type { ArgumentMap } from '../../core/model';
import { getMapSubset } from '../../core/ops';
import { HttpError } from '../http/respond';
import { getServerExportFormats } from '../render/formats';

/** An export as the HTTP route asked for it, options already checked; the map travels as its stored updates. */
export interface ExportTask {
  readonly kind: 'export';
  readonly updates: readonly Uint8Array[];
  readonly format: string;
  readonly options: ExportOptions;
  readonly figure?: FigureOptions;
  readonly part?: string;
  readonly ids?: readonly string[];
}

export interface ExportResult {
  readonly body: string | Uint8Array;
  /** Headers describing a composed figure (x-figure-…). */
  readonly headers: Readonly<Record<string, string>>;
}

const FIGURE_FORMATS = new Set(['svg', 'pdf', 'png', 'tikz']);

/**
 * The statements named by `ids` with the relations among them (undercuts of kept relations
 * too), the comments on what is kept and the sources their anchors cite.
 */
export function selectStatements(map: ArgumentMap, ids: readonly string[]): ArgumentMap {
  const known = new Set<string>(map.statements.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new HttpError(400, `The map has no statement ${unknown.slice(0, 5).map((id) => `"${id.slice(0, 64)}"`).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''}`);
  return getMapSubset(map, new Set(ids));
}

/** Lays out, composes and renders an export (the heavy part, run on a worker thread). */
export async function renderExport(map: ArgumentMap, t: Omit<ExportTask, 'kind' | 'updates'>): Promise<ExportResult> {
  const format = getServerExportFormats().find((f) => f.id === t.format);
  if (!format) throw new HttpError(400, `Unknown export format "${t.format.slice(0, 40)}"`);
  const scoped = t.ids ? selectStatements(map, t.ids) : map;
  const composition = t.figure && FIGURE_FORMATS.has(format.id) ? composeFigure(scoped, t.figure, t.options.legend) : undefined;
  const parts = composition?.parts.map((p) => p.label).filter(Boolean) ?? [];
  if (t.part && !parts.includes(t.part)) throw new HttpError(400, `The figure has no part "${t.part}"${parts.length ? ` (its parts: ${parts.join(', ')})` : ' (it is one figure)'}`);
  const body = await format.export(scoped, { ...t.options, figure: t.figure, part: t.part ?? (format.id === 'pdf' ? undefined : parts[0]) });
  const headers: Record<string, string> = {};
  // What this format leaves out of the map, and keeps only for Warrant (core/formats/losses.ts): "11 comments and 3 tags".
  const { lost, warrantOnly } = splitLosses(getExportLosses(scoped, format.id));
  if (lost.length) headers['x-export-leaves-out'] = listLosses(lost);
  if (warrantOnly.length) headers['x-export-warrant-only'] = listLosses(warrantOnly);
  if (composition) {
    headers['x-figure-parts'] = parts.join(',') || '-';
    headers['x-figure-smallest-text-pt'] = String(Math.round(composition.smallestText * 10) / 10);
    // One line per warning, kept to visible ASCII as headers require.
    if (composition.warnings.length) headers['x-figure-warnings'] = composition.warnings.join(' | ').replace(/[^\x20-\x7e]/g, ' ');
  }
  return { body, headers };
}

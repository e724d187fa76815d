import { FigureOptionError } from '../../core/figure';
import { type ExportOptions, parseExportOptions } from '../../core/formats';
import { HttpError } from '../http/respond';
import { getServerExportFormats, type ServerExportFormat } from '../render/formats';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMapUpdates } from './lookup';
import { EXPORT_WORDS, runOffLoop } from './offLoop';

function getFormat(query: URLSearchParams): ServerExportFormat {
  const id = (query.get('format') ?? 'json').toLowerCase();
  const formats = getServerExportFormats();
  const format = formats.find((f) => f.id === id);
  if (!format) throw new HttpError(400, `Unknown export format "${id.slice(0, 40)}"; use one of: ${formats.map((f) => f.id).join(', ')}`);
  return format;
}

function readIds(query: URLSearchParams): string[] | undefined {
  const raw = query.get('ids');
  if (raw === null) return undefined;
  const ids = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
  if (ids.length === 0) throw new HttpError(400, '"ids" names no statements; leave it out to export the whole map');
  return ids;
}

/** legend, page, scale, background, part and the figure options (target, font-size…): read by core's rules, as the CLI reads its flags. */
function readOptions(query: URLSearchParams): ExportOptions {
  // `ids` here picks the statements to export (readIds), not a figure's selection.
  return compose(() => parseExportOptions((name) => (name === 'ids' ? undefined : (query.get(name) ?? undefined))));
}

/** Runs figure code, turning a bad option into a 400 with its message. */
function compose<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof FigureOptionError) throw new HttpError(400, e.message);
    throw e;
  }
}

/** The live map (or some of its statements) in any server export format, PNG included, as a download; drawn on a worker thread. */
async function exportMap(ctx: ApiContext, { params, url, res }: ApiCall) {
  const query = url.searchParams;
  const format = getFormat(query);
  const { figure, part, ...options } = readOptions(query);
  const ids = readIds(query);
  const updates = await requireMapUpdates(ctx, params.id);
  const { body, headers } = await runOffLoop(ctx, res, { kind: 'export', updates, format: format.id, options, figure, part, ids }, EXPORT_WORDS, params.id);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const text = typeof body === 'string';
  res.writeHead(200, {
    'content-type': text ? `${format.mimeType}; charset=utf-8` : format.mimeType,
    'content-disposition': `attachment; filename="${params.id}.${format.extension}"`,
    'content-length': String(text ? Buffer.byteLength(body) : body.byteLength),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** `GET /api/maps/<id>/export?format=<fmt>[&ids=a,b]` plus the options of core/formats/exportOptions.ts (`scale`, `page`, `legend`, `target`…). */
export const exportRoutes: Route[] = [
  { method: 'GET', path: '/api/maps/:id/export', need: 'view', handle: exportMap },
];

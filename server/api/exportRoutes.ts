import { FigureOptionError, parseFigureOptions } from '../../core/figure';
import type { ExportOptions } from '../../core/formats';
import { HttpError } from '../http/respond';
import { getServerExportFormats, type ServerExportFormat } from '../render/formats';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMapUpdates } from './lookup';
import { EXPORT_WORDS, runOffLoop } from './offLoop';

const CHOICES = {
  scale: ['1', '2', '4'],
  background: ['white', 'transparent'],
  page: ['fit', 'a4', 'letter'],
  legend: ['0', '1', 'true', 'false'],
  'embed-fonts': ['0', '1', 'true', 'false'],
} as const;

/** A query parameter that must be one of a few values; absent is undefined, anything else a 400. */
function choice<K extends keyof typeof CHOICES>(query: URLSearchParams, name: K): (typeof CHOICES)[K][number] | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  if (!(CHOICES[name] as readonly string[]).includes(value)) throw new HttpError(400, `"${name}" must be one of ${CHOICES[name].join(', ')}, not "${value.slice(0, 40)}"`);
  return value as (typeof CHOICES)[K][number];
}

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

/** Figure options (the same names as the CLI's: target, font-size, direction, card-width, what, root, steps, collapse). */
function readFigure(query: URLSearchParams) {
  return compose(() => parseFigureOptions((name) => (name === 'ids' ? undefined : (query.get(name) ?? undefined))));
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
  const scale = choice(query, 'scale');
  const legend = choice(query, 'legend');
  const embed = choice(query, 'embed-fonts');
  const options: ExportOptions = {
    legend: legend === '1' || legend === 'true',
    embedFonts: embed === '1' || embed === 'true',
    page: choice(query, 'page'),
    scale: scale ? Number(scale) : undefined,
    background: choice(query, 'background'),
  };
  const figure = readFigure(query) ?? undefined;
  const part = query.get('part') || undefined;
  if (part !== undefined && !/^[a-z]$/.test(part)) throw new HttpError(400, `"part" must be one letter such as a or b, not "${part.slice(0, 40)}"`);
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

/** `GET /api/maps/<id>/export?format=<fmt>[&scale=1|2|4][&background=white|transparent][&legend=1][&page=fit|a4|letter][&ids=a,b]`. */
export const exportRoutes: Route[] = [
  { method: 'GET', path: '/api/maps/:id/export', need: 'view', handle: exportMap },
];

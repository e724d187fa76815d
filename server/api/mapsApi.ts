import type { IncomingMessage, ServerResponse } from 'node:http';
import { getExportFormat, exportFormats, type ExportOptions } from '../../core/formats';
import { validateMap } from '../../core/model';
import type { RoomManager } from '../rooms';
import type { Store } from '../persistence/store';
import { HttpError, readJson, sendJson } from '../http/respond';
import { MAP_ID, createMapId } from './ids';
import { listSeeds } from './seeds';

export interface ApiContext {
  readonly rooms: RoomManager;
  readonly store: Store;
  readonly mapsDir: string;
}

/** Every map: stored rooms, plus seed maps never opened yet (and never deleted). */
export function listMaps(ctx: ApiContext) {
  const stored = ctx.store.listRooms(true);
  const known = new Set(stored.map((r) => r.id));
  const live = stored.filter((r) => r.deletedAt === null).map(({ id, title, statementCount, updatedAt }) => ({ id, title, statementCount, updatedAt }));
  const seeds = listSeeds(ctx.mapsDir).filter((s) => !known.has(s.id));
  return [...seeds, ...live];
}

function requireMap(ctx: ApiContext, id: string) {
  if (!MAP_ID.test(id) || !ctx.rooms.exists(id)) throw new HttpError(404, `No map with id "${id}"`);
  const map = ctx.rooms.readRoomMap(id);
  if (!map) throw new HttpError(404, `No map with id "${id}"`);
  return map;
}

async function createMap(ctx: ApiContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readJson(req);
  const result = validateMap(body);
  if (!result.ok) {
    const first = result.issues[0];
    throw new HttpError(400, `Invalid map: ${first.path || '(map)'}: ${first.message}`, result.issues);
  }
  const id = createMapId(result.map.title);
  ctx.rooms.createRoomFromMap(id, result.map);
  sendJson(res, 201, { id });
}

function exportMap(ctx: ApiContext, id: string, query: URLSearchParams, res: ServerResponse) {
  const map = requireMap(ctx, id);
  const formatId = query.get('format') ?? 'json';
  const format = getExportFormat(formatId);
  if (!format) throw new HttpError(400, `Unknown export format "${formatId}"; one of: ${exportFormats.map((f) => f.id).join(', ')}`);
  const options: ExportOptions = {
    legend: query.get('legend') === '1' || query.get('legend') === 'true',
    page: (['fit', 'a4', 'letter'] as const).find((p) => p === query.get('page')),
  };
  const body = format.export(map, options);
  res.writeHead(200, {
    'content-type': format.mimeType,
    'content-disposition': `attachment; filename="${id}.${format.extension}"`,
  });
  res.end(typeof body === 'string' ? body : Buffer.from(body));
}

/** Routes /api/maps…; returns false when the path is not the API's. */
export async function handleMapsApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const parts = url.pathname.split('/').filter(Boolean); // ['api', 'maps', id?, sub?]
  if (parts[0] !== 'api' || parts[1] !== 'maps') return false;
  const [, , id, sub] = parts;
  const method = req.method ?? 'GET';
  if (!id) {
    if (method === 'GET') return sendJson(res, 200, listMaps(ctx)), true;
    if (method === 'POST') return await createMap(ctx, req, res), true;
    throw new HttpError(405, `${method} is not allowed on /api/maps`);
  }
  if (!sub && method === 'GET') return sendJson(res, 200, requireMap(ctx, id)), true;
  if (sub === 'export' && method === 'GET') return exportMap(ctx, id, url.searchParams, res), true;
  throw new HttpError(404, `No API route ${method} ${url.pathname}`);
}

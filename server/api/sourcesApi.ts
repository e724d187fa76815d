import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Source, MAX_ID, MAX_SOURCE_BYTES, MAX_TITLE, MAX_URL, asSourceId, createSourceId } from '../../core/model';
import { applyOps, getDocParts } from '../../core/sync';
import { HttpError, readBody, sendJson } from '../http/respond';
import { SERVER_ORIGIN } from '../rooms';
import type { ApiCall, ApiContext, Route } from './context';
import { requireMap, requireMapUpdates } from './lookup';
import { READ_WORDS, runOffLoop } from './offLoop';
import { createRouter } from './router';

/** The largest source text, in bytes of UTF-8 (the map format allows 5,000,000 characters). */
const SOURCE_ID = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Decodes a body as UTF-8 text, refusing binary data and other encodings with a 400. */
function decodeText(raw: Buffer, what: string): string {
  if (raw.includes(0)) throw new HttpError(400, `${what} is binary data, not plain text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new HttpError(400, `${what} is not UTF-8 text: send it with UTF-8 encoding`);
  }
}

/** Line endings made uniform and a byte-order mark dropped: anchors count UTF-16 units of this text. */
function checkSourceText(input: string): string {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new HttpError(400, 'The source text is empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) throw new HttpError(413, `The source text is ${mb(bytes)}; a source can be at most ${mb(MAX_SOURCE_BYTES)}`);
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 1000)) throw new HttpError(400, 'The source text contains binary data, not plain text');
  return text;
}

function checkLine(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string') throw new HttpError(400, `"${name}" ${value === undefined || value === null ? 'is required' : 'must be a string'}`);
  const text = value.trim();
  if (!text) throw new HttpError(400, `"${name}" must not be empty`);
  if (text.length > max) throw new HttpError(400, `"${name}" is longer than ${max} characters`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new HttpError(400, `"${name}" must be one line of text without control characters`);
  return text;
}

interface SourceInput {
  readonly title: string;
  readonly text: string;
  readonly id?: string;
  readonly url?: string;
}

/** JSON `{title, text, id?, url?}`, or the text itself as text/plain with `?title=` (and `?id=`, `?url=`). */
async function readSourceInput(req: IncomingMessage, url: URL): Promise<SourceInput> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const optional = (v: unknown, name: string, max: number) => (v === undefined || v === null ? undefined : checkLine(v, name, max));
  if (type === 'application/json') {
    const raw = await readBody(req, MAX_SOURCE_BYTES * 2 + 64 * 1024);
    let body: unknown;
    try {
      body = JSON.parse(decodeText(raw, 'The request body'));
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Request body must be a JSON object {title, text}');
    const o = body as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => !['title', 'text', 'id', 'url'].includes(k));
    if (unknown.length > 0) throw new HttpError(400, `Unknown field "${unknown[0]}": a source has title, text, id and url`);
    if (typeof o.text !== 'string') throw new HttpError(400, `"text" ${o.text === undefined ? 'is required' : 'must be a string'}`);
    return { title: checkLine(o.title, 'title', MAX_TITLE), text: o.text, id: optional(o.id, 'id', MAX_ID), url: optional(o.url, 'url', MAX_URL) };
  }
  if (type === 'text/plain' || type === '') {
    const q = url.searchParams;
    if (!q.get('title')) throw new HttpError(400, 'Give the source a title: POST the text to …/sources?title=<title>');
    const text = decodeText(await readBody(req, MAX_SOURCE_BYTES), 'The source text');
    return { title: checkLine(q.get('title'), 'title', MAX_TITLE), text, id: optional(q.get('id'), 'id', MAX_ID), url: optional(q.get('url'), 'url', MAX_URL) };
  }
  throw new HttpError(415, `Send the source as text/plain (with ?title=) or as JSON {title, text}, not ${type}`);
}

async function addSource(ctx: ApiContext, { req, res, url, params }: ApiCall) {
  await requireMap(ctx, params.id);
  const input = await readSourceInput(req, url);
  const text = checkSourceText(input.text);
  if (input.id !== undefined && !SOURCE_ID.test(input.id)) throw new HttpError(400, `"${input.id}" is not a valid source id (letters, digits, _ . : - only)`);
  if (input.url !== undefined && !/^https?:\/\//i.test(input.url)) throw new HttpError(400, '"url" must be an http(s) address');
  const id = await ctx.rooms.withDoc(params.id, (room) => {
    const sources = getDocParts(room.doc).sources;
    if (input.id !== undefined && sources.has(input.id)) throw new HttpError(409, `The map already has a source with id "${input.id}"`);
    const source: Source = { id: input.id !== undefined ? asSourceId(input.id) : createSourceId(input.title, (s) => sources.has(s)), title: input.title, text, ...(input.url && { url: input.url }) };
    // Into the live document: every connected editor sees the new source at once.
    applyOps(room.doc, [{ type: 'addSource', source }], SERVER_ORIGIN);
    return source.id;
  });
  if (id === undefined) throw new HttpError(404, `No map with id "${params.id}"`);
  sendJson(res, 201, { id }, { location: `/api/maps/${params.id}/sources/${encodeURIComponent(id)}` });
}

/** The list of sources (without their texts), read on a worker thread. */
async function listSources(ctx: ApiContext, { res, params }: ApiCall) {
  const json = await runOffLoop(ctx, res, { kind: 'sources', updates: await requireMapUpdates(ctx, params.id) }, READ_WORDS, params.id);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

async function getSource(ctx: ApiContext, { res, params }: ApiCall) {
  const updates = await requireMapUpdates(ctx, params.id);
  const text = await runOffLoop(ctx, res, { kind: 'sources', updates, sourceId: params.sourceId }, READ_WORDS, params.id);
  if (text === null) throw new HttpError(404, `The map "${params.id}" has no source with id "${params.sourceId}"`);
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** The source texts of a map: list, read one as plain text, attach one. */
export const sourceRoutes: Route[] = [
  { method: 'GET', path: '/api/maps/:id/sources', need: 'view', handle: listSources },
  { method: 'POST', path: '/api/maps/:id/sources', need: 'edit', handle: addSource },
  { method: 'GET', path: '/api/maps/:id/sources/:sourceId', need: 'view', handle: getSource },
];

/** Routes /api/maps/<id>/sources…; false for any other path (for a server not using the route table). */
export function handleSourcesApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  return createRouter(ctx, sourceRoutes)(req, res, url);
}

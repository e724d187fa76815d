import type { IncomingMessage, ServerResponse } from 'node:http';
import { DamagedMapError } from '../persistence/damagedMap';

/** An error with an HTTP status, written for the person who will read it. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly details?: unknown) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, e: unknown): void {
  // After a 413 the rest of the body is never read: the connection closes once the answer is out.
  const headers: Record<string, string> = e instanceof HttpError && e.status === 413 ? { connection: 'close' } : {};
  if (e instanceof HttpError) sendJson(res, e.status, { error: e.message, ...(e.details !== undefined && { issues: e.details }) }, headers);
  else if (e instanceof DamagedMapError) {
    console.error('[store]', e.message);
    sendJson(res, 500, { error: e.message, damaged: true, mapId: e.mapId });
  } else {
    console.error('[http] unexpected error', e);
    sendJson(res, 500, { error: 'Internal server error' });
  }
}

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Reads a request body, refusing bodies over the limit with 413 before reading them whole. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.pause();
      return reject(new HttpError(413, `Request body is ${(declared / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpError(413, `Request body is larger than the ${limit / 1048576} MB limit`));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * JSON endpoints take only `application/json`: a plain-text or form POST is what any web page
 * can send to another site without asking, so it is refused (415) before it is read as JSON.
 */
export function requireJsonType(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) return;
  throw new HttpError(415, `Send JSON with the header Content-Type: application/json${type ? `, not ${type.slice(0, 80)}` : ''}`);
}

/** The body of a request that must carry JSON, its type checked, unparsed (an import hands it to a worker thread to parse). */
export async function readJsonBody(req: IncomingMessage): Promise<Buffer> {
  const body = await readBody(req);
  requireJsonType(req);
  return body;
}

/** Parses a JSON request body or throws a 400 naming the problem. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readJsonBody(req);
  if (body.includes(0)) throw new HttpError(400, 'Request body is binary data, not JSON');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
  }
}

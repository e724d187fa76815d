import type { IncomingMessage } from 'node:http';
import { HttpError, readBody, requireJsonType } from '../http/respond';

export type JsonObject = Record<string, unknown>;

/** The request body as a JSON object, or a 400 saying what was sent instead; an empty body is `{}` when `optional`. */
export async function readObject(req: IncomingMessage, optional = false): Promise<JsonObject> {
  const raw = await readBody(req);
  if (optional && raw.toString('utf8').trim() === '') return {};
  requireJsonType(req);
  if (raw.includes(0)) throw new HttpError(400, 'Request body is binary data, not JSON');
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, `Request body must be a JSON object, not ${Array.isArray(body) ? 'an array' : body === null ? 'null' : typeof body}`);
  }
  return body as JsonObject;
}

/** A required (or, with `fallback`, optional) one-line text field: trimmed, not empty, at most `max` characters. */
export function readText(body: JsonObject, key: string, max: number, fallback?: string): string {
  const v = body[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string') throw new HttpError(400, `"${key}" ${v === undefined ? 'is required' : 'must be a string'}`);
  const text = v.trim();
  if (!text) throw new HttpError(400, `"${key}" must not be empty`);
  if (text.length > max) throw new HttpError(400, `"${key}" is longer than ${max} characters`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new HttpError(400, `"${key}" must be one line of text without control characters`);
  return text;
}

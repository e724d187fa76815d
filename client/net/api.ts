import { getTokenFromSearch } from './shareToken';

/** An HTTP API error, with the server's message (written for the reader) and status. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** The share token of this page, if it was opened from a share link. */
export function getPageToken(): string | undefined {
  return getTokenFromSearch(window.location.search);
}

/**
 * Calls the server's JSON API with this page's share token (as a Bearer token) and returns the
 * parsed answer; a failure throws an ApiError carrying the server's `error` message.
 */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const token = getPageToken();
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (json !== undefined) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(path, { ...rest, headers, ...(json !== undefined && { body: JSON.stringify(json) }) });
  } catch {
    throw new ApiError('The server cannot be reached: check the connection and try again.', 0);
  }
  const body = await res.json().catch(() => undefined);
  if (!res.ok) {
    const message = (body as { error?: string } | undefined)?.error ?? `The server answered ${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status);
  }
  return body as T;
}

/** The API path of a map (ids are encoded). */
export const mapPath = (mapId: string, rest = '') => `/api/maps/${encodeURIComponent(mapId)}${rest}`;

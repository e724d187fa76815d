import { type Role, isRole } from '../../core/policy/roles';

export type { Role };

/** The share token in a page address (`?token=…`), if any. */
export function getTokenFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get('token') || undefined;
}

/**
 * The role a share token claims. The token is `base64url(JSON payload).signature`; the client
 * reads the payload without checking the signature, only to show the right UI at once: the
 * server checks it on every request and socket.
 */
export function getTokenRole(token: string): Role | undefined {
  const body = token.split('.')[0];
  try {
    const json = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const role = (JSON.parse(json) as { role?: unknown }).role;
    if (role === 'admin') return 'edit';
    return isRole(role) ? role : undefined;
  } catch {
    return undefined;
  }
}

/** A same-site path with the token appended (for links from the start page to a map). */
export function withToken(path: string, token: string | undefined): string {
  if (!token) return path;
  return `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

/** Roles a share link can give, weakest first (the server's list; repeated: client never imports server). */
export type Role = 'view' | 'comment' | 'edit';
const ROLES: readonly string[] = ['view', 'comment', 'edit'];

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
    return typeof role === 'string' && ROLES.includes(role) ? (role as Role) : undefined;
  } catch {
    return undefined;
  }
}

/** A same-site path with the token appended (for links from the start page to a map). */
export function withToken(path: string, token: string | undefined): string {
  if (!token) return path;
  return `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

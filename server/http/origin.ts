import type { IncomingMessage } from 'node:http';

/**
 * Which web pages may write through this server's API and open its sync socket. Browsers send
 * `Origin` on every cross-site request (and on sockets); a request without one comes from a
 * program (the CLI, curl), which any participant could run anyway. Without AUTH_SECRET nothing
 * else stands between a page the participant visits and the maps, so only the server's own
 * pages (same host and port as the request's `Host`) and the configured origins may.
 */
export interface OriginPolicy {
  /** Origins allowed besides the server's own, e.g. `https://warrant.example.org` (ALLOWED_ORIGINS). */
  readonly allowed: readonly string[];
}

/** undefined when the request may go on; otherwise why not, for the person reading the refusal. */
export function refuseOrigin(req: IncomingMessage, policy: OriginPolicy): string | undefined {
  const origin = req.headers.origin;
  if (origin === undefined) {
    // A browser that sends no Origin still says where the request came from.
    return req.headers['sec-fetch-site'] === 'cross-site' ? 'A page on another site may not change maps on this server.' : undefined;
  }
  const parsed = origin === 'null' ? undefined : URL.parse(origin);
  if (parsed && (policy.allowed.includes(parsed.origin) || parsed.host.toLowerCase() === (req.headers.host ?? '').toLowerCase())) return undefined;
  return `Pages from ${origin.slice(0, 60)} may not use this server (if that site is yours, add it to ALLOWED_ORIGINS).`;
}

/** ALLOWED_ORIGINS: comma-separated origins (`https://host[:port]`); each must be an origin, nothing more. */
export function readAllowedOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const u = URL.parse(s);
    if (!u || !/^https?:$/.test(u.protocol) || u.origin !== s.replace(/\/$/, '')) {
      throw new Error(`ALLOWED_ORIGINS must list origins such as https://warrant.example.org (scheme, host and port only), got "${s}"`);
    }
    return u.origin;
  });
}

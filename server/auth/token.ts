import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './roles';

/**
 * A signed share token: `base64url(JSON payload) + "." + base64url(HMAC-SHA256(secret, first part))`.
 * The payload says which map, which role and which link (so the link can be revoked);
 * `exp` (Unix seconds) is optional. The admin token has mapId "*" and role "admin".
 */
export interface TokenPayload {
  readonly mapId: string;
  readonly role: Role | 'admin';
  readonly linkId: string;
  readonly exp?: number;
}

export const ADMIN_PAYLOAD: TokenPayload = { mapId: '*', role: 'admin', linkId: 'admin' };

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest();

export function signToken(secret: string, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** The payload of a token signed with `secret`, or undefined for anything else (expiry is the caller's check). */
export function verifyToken(secret: string, token: string): TokenPayload | undefined {
  if (token.length > 2000) return undefined;
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return undefined;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof p !== 'object' || p === null || typeof p.mapId !== 'string' || typeof p.linkId !== 'string') return undefined;
  if (!(isRole(p.role) || p.role === 'admin')) return undefined;
  if (p.exp !== undefined && typeof p.exp !== 'number') return undefined;
  return { mapId: p.mapId, role: p.role, linkId: p.linkId, ...(p.exp !== undefined && { exp: p.exp }) };
}

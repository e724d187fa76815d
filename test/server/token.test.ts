import { describe, expect, it } from 'vitest';
import { ADMIN_PAYLOAD, signToken, verifyToken } from '../../server/auth/token';

const SECRET = 'test-secret-0123456789';
const payload = { mapId: 'small', role: 'comment', linkId: 'abc' } as const;

describe('share tokens', () => {
  it('round-trips a payload, with and without expiry', () => {
    expect(verifyToken(SECRET, signToken(SECRET, payload))).toEqual(payload);
    expect(verifyToken(SECRET, signToken(SECRET, { ...payload, exp: 1_900_000_000 }))).toEqual({ ...payload, exp: 1_900_000_000 });
    expect(verifyToken(SECRET, signToken(SECRET, ADMIN_PAYLOAD))).toEqual(ADMIN_PAYLOAD);
  });

  it('is base64url text: safe in a URL query without escaping', () => {
    expect(signToken(SECRET, payload)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('refuses tokens signed with another secret, tampered with, or malformed', () => {
    const token = signToken(SECRET, payload);
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, role: 'edit' })).toString('base64url');
    for (const bad of [
      signToken('another-secret-0123456', payload), `${forged}.${sig}`, `${body}.${sig.slice(1)}`, `${body}.`, body, '', '...',
      `${body}.${sig}.x`, signToken(SECRET, { ...payload, role: 'owner' as 'edit' }), `${Buffer.from('not json').toString('base64url')}.${sig}`,
    ]) expect(verifyToken(SECRET, bad), bad).toBeUndefined();
  });
});

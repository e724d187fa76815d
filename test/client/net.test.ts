import { describe, expect, it } from 'vitest';
import { getReconnectDelay } from '../../client/net/backoff';
import { getTokenFromSearch, getTokenRole, withToken } from '../../client/net/shareToken';

const token = (payload: object) => `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2lnbmF0dXJl`;

describe('reconnect delays', () => {
  it('spread clients over a window that doubles per attempt, capped', () => {
    expect([0, 1, 2, 3, 4, 10].map((a) => getReconnectDelay(a, () => 0))).toEqual([100, 100, 100, 100, 100, 100]);
    expect([0, 1, 2, 3, 4, 10].map((a) => getReconnectDelay(a, () => 1))).toEqual([600, 1100, 2100, 4100, 8100, 8100]);
  });

  it('differ between clients (jitter)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const delays = new Set(Array.from({ length: 20 }, () => getReconnectDelay(3, random)));
    expect(delays.size).toBeGreaterThan(15);
  });
});

describe('share tokens in the client', () => {
  it('reads the role a token claims (the server checks the signature)', () => {
    expect(getTokenRole(token({ mapId: 'm', role: 'view', linkId: 'l' }))).toBe('view');
    expect(getTokenRole(token({ mapId: 'm', role: 'comment', linkId: 'l' }))).toBe('comment');
    expect(getTokenRole(token({ mapId: '*', role: 'admin', linkId: 'admin' }))).toBe('edit');
    expect(getTokenRole(token({ role: 'owner' }))).toBeUndefined();
    expect(getTokenRole('garbage')).toBeUndefined();
  });

  it('finds the token in a page address and carries it along', () => {
    expect(getTokenFromSearch('?token=abc.def&x=1')).toBe('abc.def');
    expect(getTokenFromSearch('?x=1')).toBeUndefined();
    expect(withToken('/m/a', 'abc.d+f')).toBe('/m/a?token=abc.d%2Bf');
    expect(withToken('/m/a', undefined)).toBe('/m/a');
  });
});

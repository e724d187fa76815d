import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps } from '../../core/sync';
import { signToken } from '../../server/auth/token';
import { createApi } from '../helpers/http';
import { openPeer, syncUpdate } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

const SECRET = 'expiry-secret-0123456789';
const cleanups = createCleanups();
afterEach(() => cleanups.run());

describe('a link that expires while its socket is open', () => {
  it('closes the socket with 4401 when the link expires, and later writes never land', async () => {
    const server = await startServerWith(makeDirs(), { authSecret: SECRET });
    cleanups.add(() => server.close());
    const admin = createApi(server.url, server.adminToken);
    const { linkId } = (await admin('POST', '/api/maps/small/links', { role: 'edit' })).body;
    const token = signToken(SECRET, { mapId: 'small', role: 'edit', linkId, exp: Math.floor(Date.now() / 1000) + 2 });
    const peer = await openPeer(`${server.url.replace(/^http/, 'ws')}/sync/small?token=${token}`);
    cleanups.add(() => peer.ws.terminate());
    const { code, reason } = await Promise.race([
      peer.closed,
      waitFor(() => false, 5000, 'the close at expiry').then(() => ({ code: 0, reason: '' })),
    ]);
    expect(code).toBe(4401);
    expect(reason).toMatch(/expired/);
    const doc = new Y.Doc();
    applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: 'late', text: 'After expiry' }) }]);
    peer.ws.send(syncUpdate(Y.encodeStateAsUpdate(doc)), () => {});
    const map = (await admin('GET', '/api/maps/small')).body;
    expect(map.statements.map((s: { id: string }) => s.id)).not.toContain('late');
  });
});

import { afterEach, describe, expect, it } from 'vitest';

import { applyOps, readMap } from '../../core/sync';
import { signToken } from '../../server/auth/token';
import { nextClose } from '../helpers/closeCode';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const SECRET = 'workshop-secret-0123456789';
const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup() {
  const dirs = makeDirs({ small: 'test/fixtures/smallMap.json', other: 'test/fixtures/smallMap.json' });
  const server = await startServerWith(dirs, { authSecret: SECRET });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const link = async (role: string, map = 'small') => (await admin('POST', `/api/maps/${map}/links`, { role })).body;
  return { server, admin, link, as: (token?: string) => createApi(server.url, token) };
}

function client(url: string, id: string, token?: string) {
  const c = connectClient(url, id, token === undefined ? {} : { token });
  cleanups.add(() => c.provider.destroy());
  return c;
}

/** The close a client gets, and proof it stopped retrying (the provider's final `closed` event). */
async function refusal(url: string, id: string, token?: string) {
  const c = client(url, id, token);
  const [close] = await Promise.all([nextClose(c.provider), new Promise((resolve) => c.provider.once('closed', resolve))]);
  return close;
}

describe('share links with AUTH_SECRET set', () => {
  it('creates links for each role, shaped for the client', async () => {
    const { admin, link } = await setup();
    for (const role of ['edit', 'comment', 'view']) {
      const l = await link(role);
      expect(l).toMatchObject({ role, linkId: expect.any(String), token: expect.any(String), revokedAt: null, expiresAt: null });
      expect(l.url).toBe(`/m/small?token=${l.token}`);
    }
    expect((await admin('GET', '/api/maps/small/links')).body.map((l: { role: string }) => l.role)).toEqual(['edit', 'comment', 'view']);
    expect((await admin('POST', '/api/maps/small/links', { role: 'owner' })).body.error).toMatch(/one of view, comment, edit/);
    expect((await admin('POST', '/api/maps/small/links', { role: 'view', expiresInDays: -1 })).status).toBe(400);
    const expiring = (await admin('POST', '/api/maps/small/links', { role: 'view', expiresInDays: 2 })).body;
    expect(Date.parse(expiring.expiresAt) - Date.now()).toBeGreaterThan(47 * 3600_000);
    expect((await admin('POST', '/api/maps/nope/links', { role: 'view' })).status).toBe(404);
  });

  it('refuses sync connections without a valid token with a final 4401/4403 close', async () => {
    const { server, link, admin } = await setup();
    const view = await link('view');
    const expired = signToken(SECRET, { mapId: 'small', role: 'edit', linkId: (await link('edit')).linkId, exp: Math.floor(Date.now() / 1000) - 60 });
    expect(await refusal(server.url, 'small')).toEqual({ code: 4401, reason: 'This server needs a share link: ask the facilitator for one.' });
    expect((await refusal(server.url, 'small', 'garbage')).code).toBe(4401);
    expect((await refusal(server.url, 'small', signToken('another-secret-xyz-123', { mapId: 'small', role: 'edit', linkId: view.linkId }))).code).toBe(4401);
    expect(await refusal(server.url, 'small', expired)).toMatchObject({ code: 4401, reason: expect.stringMatching(/expired/) });
    expect(await refusal(server.url, 'other', view.token)).toMatchObject({ code: 4403, reason: 'This link is for another map.' });
    await admin('DELETE', `/api/maps/small/links/${view.linkId}`);
    expect((await refusal(server.url, 'small', view.token)).code).toBe(4403);
    const ok = client(server.url, 'small', server.adminToken);
    await synced(ok.provider);
  });

  it('revoking a link closes its open sockets with 4403 at once; other links keep working', async () => {
    const { server, link, as, admin } = await setup();
    const [l1, l2] = [await link('edit'), await link('edit')];
    const a = client(server.url, 'small', l1.token);
    const b = client(server.url, 'small', l2.token);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const closed = nextClose(a.provider);
    const res = await admin('DELETE', `/api/maps/small/links/${l1.linkId}`);
    expect(res.status).toBe(200);
    expect(res.body.revokedAt).toMatch(/^\d{4}-/);
    expect(res.body.token).toBeUndefined();
    expect(await closed).toEqual({ code: 4403, reason: 'This link was revoked: ask the facilitator for a new one.' });
    applyOps(b.doc, [{ type: 'addStatement', statement: testStatement({ id: 'still', text: 'B still edits' }) }]);
    await waitFor(() => server.rooms.loaded.get('small')?.doc.getMap('statements').has('still') ?? false, 3000, 'B to keep editing');
    expect((await as(l1.token)('GET', '/api/maps/small')).status).toBe(403);
    expect((await as(l2.token)('DELETE', `/api/maps/other/links/${l2.linkId}`)).status).toBe(403);
  });

  it('guards the HTTP API by role: admin for managing maps, edit for writes, any link for reads', async () => {
    const { server, link, as, admin } = await setup();
    const [edit, comment, view, otherEdit] = [await link('edit'), await link('comment'), await link('view'), await link('edit', 'other')];
    const cases: [string | undefined, string, string, unknown, number][] = [
      [undefined, 'GET', '/api/maps', undefined, 401],
      [edit.token, 'GET', '/api/maps', undefined, 403],
      [server.adminToken, 'GET', '/api/maps', undefined, 200],
      [edit.token, 'POST', '/api/maps', {}, 403],
      [undefined, 'GET', '/api/maps/small', undefined, 401],
      ['nonsense', 'GET', '/api/maps/small', undefined, 401],
      [view.token, 'GET', '/api/maps/small', undefined, 200],
      [otherEdit.token, 'GET', '/api/maps/small', undefined, 403],
      [view.token, 'GET', '/api/maps/small/export?format=json', undefined, 200],
      [view.token, 'GET', '/api/maps/small/versions', undefined, 200],
      [view.token, 'POST', '/api/maps/small/versions', { name: 'v' }, 403],
      [edit.token, 'POST', '/api/maps/small/versions', { name: 'v' }, 201],
      [comment.token, 'PATCH', '/api/maps/small', { title: 'x' }, 403],
      [edit.token, 'PATCH', '/api/maps/small', { title: 'Renamed' }, 200],
      [view.token, 'GET', '/api/maps/small/links', undefined, 403],
      [comment.token, 'POST', '/api/maps/small/links', { role: 'edit' }, 403],
      [edit.token, 'POST', '/api/maps/small/links', { role: 'view' }, 201],
      [edit.token, 'POST', '/api/maps/small/duplicate', undefined, 403],
      [edit.token, 'DELETE', '/api/maps/small', undefined, 403],
      [server.adminToken, 'POST', '/api/maps/small/duplicate', undefined, 201],
    ];
    for (const [token, method, path, body, status] of cases) {
      const res = await as(token)(method, path, body);
      expect(res.status, `${method} ${path} with ${token === server.adminToken ? 'admin' : (token?.slice(0, 8) ?? 'no token')}`).toBe(status);
      if (status >= 400) expect(res.body.error).toEqual(expect.any(String));
    }
    // ?token= works where a header cannot be set (a download link).
    expect((await fetch(`${server.url}/api/maps/small/export?format=json&token=${view.token}`)).status).toBe(200);
    for (const [token, role, isAdmin] of [[edit.token, 'edit', false], [comment.token, 'comment', false], [view.token, 'view', false], [server.adminToken, 'edit', true]] as const) {
      expect((await as(token)('GET', '/api/maps/small/access')).body).toEqual({ role, admin: isAdmin, auth: true });
    }
    expect((await admin('GET', '/health')).body).toMatchObject({ ok: true });
    expect((await as()('GET', '/health')).status).toBe(200);
  });
});

describe('with no AUTH_SECRET the server is open', () => {
  it('lets every connection edit, answers access with edit, and has no share links', async () => {
    const server = await startServerWith(makeDirs());
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    expect(server.adminToken).toBeUndefined();
    expect((await api('GET', '/api/maps/small/access')).body).toEqual({ role: 'edit', admin: true, auth: false });
    expect((await api('POST', '/api/maps/small/links', { role: 'view' })).status).toBe(409);
    expect((await api('GET', '/api/maps/small/links')).body).toEqual([]);
    const a = client(server.url, 'small', 'whatever');
    await synced(a.provider);
    applyOps(a.doc, [{ type: 'setStatementText', id: sid('t'), text: 'Open edit' }]);
    await waitFor(() => readMap(server.rooms.loaded.get('small')!.doc).map.statements.some((s) => s.text === 'Open edit'));
  });
});

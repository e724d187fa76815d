import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../helpers/http';
import { openPeer, syncStep1 } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';

const SECRET = 'links-secret-0123456789abc';
const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup() {
  const server = await startServerWith(makeDirs(), { authSecret: SECRET });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const mint = async (api: ReturnType<typeof createApi>, role: string, extra: object = {}) => {
    const res = await api('POST', '/api/maps/small/links', { role, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { linkId: string; token: string; expiresAt: string | null };
  };
  const socket = async (token: string) => {
    const peer = await openPeer(`${server.url.replace(/^http/, 'ws')}/sync/small?token=${token}`);
    cleanups.add(() => peer.ws.terminate());
    return peer;
  };
  return { server, admin, mint, socket, as: (token: string) => createApi(server.url, token) };
}

describe('issue 12 item 9: share links are managed by whoever minted them', () => {
  it('an edit link sees only the links it minted, never the facilitator\'s tokens', async () => {
    const { admin, mint, as } = await setup();
    const projector = await mint(admin, 'view');
    const edit = await mint(admin, 'edit');
    const spare = await mint(as(edit.token), 'comment');
    const seen = (await as(edit.token)('GET', '/api/maps/small/links')).body as { linkId: string; token?: string }[];
    expect(seen.map((l) => l.linkId)).toEqual([spare.linkId]);
    expect(JSON.stringify(seen)).not.toContain(projector.token);
    expect(JSON.stringify(seen)).not.toContain(edit.token);
    // The facilitator still sees everything.
    const all = (await admin('GET', '/api/maps/small/links')).body.map((l: { linkId: string }) => l.linkId);
    expect(all).toEqual(expect.arrayContaining([projector.linkId, edit.linkId, spare.linkId]));
  });

  it('an edit link cannot revoke the projector\'s link or another person\'s link; the admin and the minter can', async () => {
    const { admin, mint, as, socket } = await setup();
    const projector = await mint(admin, 'view');
    const [mallory, alice] = [await mint(admin, 'edit'), await mint(admin, 'edit')];
    const alicesGuest = await mint(as(alice.token), 'view');
    const screen = await socket(projector.token);
    await screen.send(syncStep1());
    for (const target of [projector, alice, alicesGuest]) {
      const res = await as(mallory.token)('DELETE', `/api/maps/small/links/${target.linkId}`);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/Only the facilitator, or the person whose link created this link/);
    }
    expect(screen.isOpen()).toBe(true);
    expect((await as(projector.token)('GET', '/api/maps/small')).status).toBe(200);
    expect((await as(alice.token)('DELETE', `/api/maps/small/links/${alicesGuest.linkId}`)).status).toBe(200);
    expect((await as(alicesGuest.token)('GET', '/api/maps/small')).status).toBe(403);
    expect((await admin('DELETE', `/api/maps/small/links/${projector.linkId}`)).status).toBe(200);
    expect((await screen.closed).code).toBe(4403);
  });

  it('a link minted by a revoked link dies with it, and so does its open socket (and what that spare minted)', async () => {
    const { admin, mint, as, socket } = await setup();
    const mallory = await mint(admin, 'edit');
    const spare = await mint(as(mallory.token), 'edit');
    const spareOfSpare = await mint(as(spare.token), 'view');
    const open = await socket(spare.token);
    await open.send(syncStep1());
    expect((await admin('DELETE', `/api/maps/small/links/${mallory.linkId}`)).status).toBe(200);
    expect(await open.closed).toEqual({ code: 4403, reason: 'This link was revoked: ask the facilitator for a new one.' });
    for (const t of [mallory, spare, spareOfSpare]) expect((await as(t.token)('GET', '/api/maps/small')).status).toBe(403);
    const retry = await socket(spare.token);
    expect((await retry.closed).code).toBe(4403);
    const listed = (await admin('GET', '/api/maps/small/links')).body as { linkId: string; revokedAt: string | null }[];
    for (const t of [mallory, spare, spareOfSpare]) expect(listed.find((l) => l.linkId === t.linkId)?.revokedAt).toMatch(/^\d{4}-/);
  });

  it('a link minted by an expiring link expires with it at the latest', async () => {
    const { admin, mint, as } = await setup();
    const guest = await mint(admin, 'edit', { expiresInDays: 1 });
    const spare = await mint(as(guest.token), 'edit', { expiresInDays: 30 });
    const forever = await mint(as(guest.token), 'view');
    expect(spare.expiresAt).toBe(guest.expiresAt);
    expect(forever.expiresAt).toBe(guest.expiresAt);
  });
});

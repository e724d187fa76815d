import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { MAP_VERSION } from '../../core/model';
import { applyOps, getDocParts } from '../../core/sync';
import { getCloseMessage, reconnectWithJitter } from '../../client/net/reconnect';
import { type SyncClose, createSyncProvider } from '../../client/net/syncProvider';
import type { ServerConfig } from '../../server/app';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { corruptLastUpdate, markNewer } from '../helpers/storedRooms';
import { waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

/**
 * Every close code the sync server sends, provoked for real (a wrong or revoked link, a map a
 * newer Warrant wrote, a damaged map, refused writes, a message flood, a room over its update
 * limit) against the real server over real sockets, with the client's adapter and its real
 * reconnect policy (client/net/reconnect.ts) attached: what kind the close is, whether the client
 * comes back by itself, and the sentence a person then sees (client/Editor.tsx shows it).
 */

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const online = { isOnline: () => true, watch: () => () => {} };
/** Longer than the first two reconnect windows (100–600 ms, then 100–1100 ms). */
const PAST_RETRY_MS = 1500;

async function start(extra: Partial<ServerConfig> = {}, dirs = makeDirs()) {
  const server = await startServerWith(dirs, { autoVersionMinutes: 0, ...extra });
  cleanups.add(() => server.close());
  return { server, dirs, admin: createApi(server.url, server.adminToken), file: join(dirs.dataDir, 'warrant.sqlite') };
}

/** The client's connection as the editor makes it: the adapter, with the reconnect policy on it. */
function client(server: { url: string }, room = 'small', params: Record<string, string> = {}) {
  const doc = new Y.Doc();
  const provider = createSyncProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, { params, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const closes: SyncClose[] = [];
  const refused: string[] = [];
  let opened = 0;
  provider.on('close', (c) => void closes.push(c));
  provider.on('refused', (r) => void refused.push(r));
  provider.on('status', (up) => void (up && opened++));
  const stop = reconnectWithJitter(provider, online);
  cleanups.add(() => {
    stop();
    provider.destroy();
  });
  return { doc, provider, closes, refused, opens: () => opened };
}
type Client = ReturnType<typeof client>;

const closed = (c: Client, what: string) => waitFor(() => c.closes.length > 0, 10_000, what);
const synced = (c: Client, what = 'sync') => waitFor(() => c.provider.isSynced(), 10_000, what);
const addStatements = (doc: Y.Doc, prefix: string, n: number) => {
  for (let i = 0; i < n; i++) applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `${prefix}${i}`, text: `${prefix} ${i}` }) }]);
};
/** Polls an answer from the server until it holds (the server's copy after a reconnect). */
async function eventually(check: () => Promise<boolean>, what: string) {
  for (const end = Date.now() + 10_000; !(await check());) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const statementIds = async (admin: ReturnType<typeof createApi>) =>
  ((await admin('GET', '/api/maps/small')).body.statements as { id: string }[]).map((s) => s.id);

/** A final close: the client stays closed (no reconnect, however long we wait) and the person is told the server's sentence. */
async function expectFinal(c: Client, code: number, kind: string, message: RegExp) {
  const opensAtClose = c.opens();
  expect(c.closes[0]).toMatchObject({ code, kind });
  expect(getCloseMessage(c.closes[0])).toMatch(message);
  await new Promise((resolve) => setTimeout(resolve, PAST_RETRY_MS));
  expect(c.provider.isConnected()).toBe(false);
  expect(c.opens()).toBe(opensAtClose);
  expect(c.closes).toHaveLength(1);
}

describe('close codes over a real socket, and what the client does after each', () => {
  it('4403: a link made for another map is refused for good, with the server’s reason', async () => {
    const { server, admin } = await start({ authSecret: 'close-codes-secret-0123456789' }, makeDirs({ small: 'test/fixtures/smallMap.json', other: 'test/fixtures/smallMap.json' }));
    const { token } = (await admin('POST', '/api/maps/other/links', { role: 'edit' })).body;
    const c = client(server, 'small', { token });
    await closed(c, 'the refusal');
    await expectFinal(c, 4403, 'forbidden', /^This link is for another map\.$/);
    expect(getDocParts(c.doc).statements.size).toBe(0);
  });

  it('4403: a link revoked while in use closes the open map for good and says the link was revoked', async () => {
    const { server, admin } = await start({ authSecret: 'close-codes-secret-0123456789' });
    const link = (await admin('POST', '/api/maps/small/links', { role: 'edit' })).body;
    const c = client(server, 'small', { token: link.token });
    await synced(c);
    expect((await admin('DELETE', `/api/maps/small/links/${link.linkId}`)).status).toBe(200);
    await closed(c, 'the revocation');
    await expectFinal(c, 4403, 'forbidden', /^This link was revoked: ask the facilitator for a new one\.$/);
  });

  it('4426: a map a newer Warrant wrote is not opened, and the person is told to update', async () => {
    const first = await start();
    const admin = first.admin;
    expect((await admin('PATCH', '/api/maps/small', { title: 'Stored by this Warrant' })).status).toBe(200);
    await first.server.close();
    markNewer(first.file, 'small');
    const { server } = await start({}, first.dirs);
    const c = client(server);
    await closed(c, 'the version refusal');
    await expectFinal(c, 4426, 'version', new RegExp(`^This map was saved by a newer Warrant \\(map format ${MAP_VERSION + 1}; .*Update Warrant to open it\\.$`));
    expect(getDocParts(c.doc).statements.size).toBe(0);
  });

  it('4422: a damaged map is not opened, and the person is told to ask for its saved version', async () => {
    const first = await start();
    expect((await first.admin('PATCH', '/api/maps/small', { title: 'About to be damaged' })).status).toBe(200);
    await first.server.close();
    corruptLastUpdate(first.file, 'small');
    const { server } = await start({}, first.dirs);
    const c = client(server);
    await closed(c, 'the damaged-map close');
    await expectFinal(c, 4422, 'damaged', /^The map "small" is damaged: ask the facilitator to restore its last saved version\.$/);
  });

  it('4429: a view link that keeps writing is told why each write was refused, then closed for good', async () => {
    const { server, admin } = await start({ authSecret: 'close-codes-secret-0123456789', syncLimits: { maxRefusedWrites: 3 } });
    const { token } = (await admin('POST', '/api/maps/small/links', { role: 'view' })).body;
    const c = client(server, 'small', { token });
    await synced(c);
    const before = await statementIds(admin);
    // What a client that skipped the store's role check would send: one update per edit.
    addStatements(c.doc, 'view-edit-', 6);
    await closed(c, 'the refused-writes close');
    expect(c.refused.length).toBeGreaterThan(0);
    await expectFinal(c, 4429, 'rate', /^Closed: this connection kept sending changes that were refused\.$/);
    expect(await statementIds(admin)).toEqual(before);
  });

  it.each([
    { code: 4529, kind: 'rate', cause: 'a flood of messages', limits: { messagesPerSecond: 5, messageBurst: 15 }, edits: 40, reason: /too many messages/i },
    { code: 4530, kind: 'dropped', cause: 'a room over its update limit', limits: { roomUpdatesPerSecond: 2, roomUpdateBurst: 5 }, edits: 20, reason: /more changes than the server can share/ },
  ])('$code: $cause closes the sender; the client reconnects by itself, shows no error, and its edits arrive', async ({ code, kind, limits, edits, reason }) => {
    const { server, admin } = await start({ syncLimits: limits });
    const c = client(server);
    await synced(c);
    addStatements(c.doc, `e${code}-`, edits);
    await closed(c, `the ${code} close`);
    expect(c.closes[0]).toMatchObject({ code, kind });
    expect(c.closes[0].reason).toMatch(reason);
    expect(getCloseMessage(c.closes[0])).toBeUndefined();
    await waitFor(() => c.opens() >= 2 && c.provider.isSynced(), 10_000, 'the client back by itself');
    await eventually(async () => (await statementIds(admin)).filter((id) => id.startsWith(`e${code}-`)).length === edits, 'every edit on the server');
  });
});

import * as Y from 'yjs';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOps, getDocParts } from '../../core/sync';
import { type SyncClose, type SyncProvider, createSyncProvider, getCloseKind, isFinalClose } from '../../client/net/syncProvider';
import type { RunningServer } from '../../server/app';
import { makeDirs, startTestServer } from '../helpers/server';
import { startServerWith } from '../helpers/serverWith';
import { waitFor } from '../helpers/yclient';

/**
 * The contract of client/net/syncProvider.ts, the only code that touches y-websocket: run
 * against the real server over real sockets (port 0), with the `ws` package as Node's WebSocket.
 */

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const wsUrl = (server: { url: string }) => `${server.url.replace(/^http/, 'ws')}/sync`;
function open(server: { url: string }, room = 'small', params: Record<string, string> = {}) {
  const doc = new Y.Doc();
  const provider = createSyncProvider(wsUrl(server), room, doc, { params, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const closes: SyncClose[] = [];
  provider.on('close', (c) => void closes.push(c));
  cleanups.push(() => provider.destroy());
  return { doc, provider, closes };
}
const synced = (p: SyncProvider, what = 'sync') => waitFor(() => p.isSynced(), 10_000, what);
const title = (doc: Y.Doc) => getDocParts(doc).meta.get('title');
const texts = (doc: Y.Doc) => [...getDocParts(doc).statements.keys()].sort();
const addStatement = (doc: Y.Doc, id: string) => applyOps(doc, [{ type: 'addStatement', statement: { id, text: id, kind: 'claim', tags: [] } as never }]);

async function startServer(): Promise<RunningServer & { dirs: ReturnType<typeof makeDirs> }> {
  const dirs = makeDirs();
  const server = await startTestServer(dirs);
  return Object.assign(server, { dirs });
}

describe('the sync provider adapter, against the real server', () => {
  it('connects, syncs both ways, and reports the answer to a probe', async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    const a = open(server);
    const b = open(server);
    const statuses: boolean[] = [];
    a.provider.on('status', (c) => void statuses.push(c));
    a.provider.connect();
    b.provider.connect();
    await synced(a.provider);
    await synced(b.provider);
    expect(statuses).toEqual([true]);
    expect(title(a.doc)).toBe('Small test map');
    applyOps(a.doc, [{ type: 'setMeta', patch: { title: 'Renamed by A' } }]);
    await waitFor(() => title(b.doc) === 'Renamed by A', 5000, 'the edit at B');
    let answered = false;
    a.provider.on('syncStep2', () => void (answered = true));
    expect(a.provider.sendSyncProbe()).toBe(true);
    await waitFor(() => answered, 5000, 'the probe answered');
  });

  it('merges edits made on both sides while one was disconnected, once it connects again', async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    const a = open(server);
    const b = open(server);
    a.provider.connect();
    b.provider.connect();
    await Promise.all([synced(a.provider), synced(b.provider)]);
    b.provider.disconnect();
    await waitFor(() => !b.provider.isConnected(), 5000, 'B offline');
    expect(b.closes.map((c) => c.kind)).toEqual(['dropped']);
    expect(b.provider.sendSyncProbe()).toBe(false);
    addStatement(a.doc, 'online-edit');
    addStatement(b.doc, 'offline-edit');
    b.provider.connect();
    await synced(b.provider, 'B back');
    await waitFor(() => texts(a.doc).includes('offline-edit') && texts(b.doc).includes('online-edit'), 5000, 'both edits on both sides');
    expect(texts(a.doc)).toEqual(texts(b.doc));
  });

  it('surfaces a server restart as a dropped close, does not retry by itself, and syncs with the restarted server when asked', async () => {
    const first = await startServer();
    const a = open(first);
    a.provider.connect();
    await synced(a.provider);
    addStatement(a.doc, 'before-restart');
    let probed = false;
    a.provider.on('syncStep2', () => void (probed = true));
    a.provider.sendSyncProbe();
    await waitFor(() => probed, 5000, 'the edit stored');
    await first.close();
    await waitFor(() => a.closes.length > 0, 5000, 'the close');
    expect(a.closes[0].kind).toBe('dropped');
    expect(isFinalClose(a.closes[0].code)).toBe(false);
    addStatement(a.doc, 'while-down');
    // The same server again, on the same port and data: the adapter's own socket comes back when asked.
    const second = await startServerWith(first.dirs, { port: first.port });
    cleanups.push(() => second.close());
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The adapter leaves reconnecting to its caller (connection.ts adds jitter): nothing happened by itself.
    expect(a.provider.isConnected()).toBe(false);
    a.provider.connect();
    await synced(a.provider, 'A back on the restarted server');
    const b = open(second);
    b.provider.connect();
    await synced(b.provider);
    await waitFor(() => texts(b.doc).includes('before-restart') && texts(b.doc).includes('while-down'), 5000, 'the edits before and during the restart');
  });

  it('surfaces a refused link as a final auth close (4401)', async () => {
    const dirs = makeDirs();
    const server = await startServerWith(dirs, { authSecret: 'contract-test-secret-0123456789' });
    cleanups.push(() => server.close());
    const a = open(server);
    a.provider.connect();
    await waitFor(() => a.closes.length > 0, 5000, 'the refusal');
    expect(a.closes[0]).toMatchObject({ code: 4401, kind: 'auth' });
    expect(isFinalClose(a.closes[0].code)).toBe(true);
    expect(a.provider.isConnected()).toBe(false);
  });

  it.each([
    // Each code provoked for real, with what the client then does: test/client/closeCodes.test.ts.
    [4401, 'auth'], [4403, 'forbidden'], [4426, 'version'], [4422, 'damaged'], [4429, 'rate'], [4529, 'rate'], [4404, 'final'], [1006, 'dropped'], [1000, 'dropped'],
  ])('names close code %i as %s', (code, kind) => {
    expect(getCloseKind(code)).toBe(kind);
  });
});

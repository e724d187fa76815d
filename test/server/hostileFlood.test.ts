import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps, readMap } from '../../core/sync';
import { createApi } from '../helpers/http';
import { openPeer, syncKind, syncStep1, syncUpdate } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const bigMap = (n: number, size: number) => ({
  schema: 'warrant-map', version: 1, title: 'Big', sources: [], inferences: [], comments: [],
  statements: Array.from({ length: n }, (_, i) => testStatement({ id: `s${i}`, text: `${i} ${'x'.repeat(size)}` })),
});

async function setup(extra: Parameters<typeof startServerWith>[1] = {}) {
  const server = await startServerWith(makeDirs(), { authSecret: 'flood-secret-0123456789', ...extra });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const { id } = (await admin('POST', '/api/maps', bigMap(50, 2000))).body as { id: string };
  const link = async (role: string) => (await admin('POST', `/api/maps/${id}/links`, { role })).body.token as string;
  const wsUrl = async (role: string) => `${server.url.replace(/^http/, 'ws')}/sync/${id}?token=${await link(role)}`;
  const peer = async (role: string) => {
    const p = await openPeer(await wsUrl(role));
    cleanups.add(() => p.ws.terminate());
    return p;
  };
  const connections = async () => (await admin('GET', '/health')).body.connections as number;
  return { server, admin, id, link, peer, connections };
}

describe('a client that floods its socket cannot exhaust the server', () => {
  it('answers a burst of "send me everything" requests from a view link a bounded number of times', async () => {
    const { peer } = await setup();
    const hostile = await peer('view');
    hostile.pause();
    for (let i = 0; i < 300; i++) void hostile.send(syncStep1());
    await hostile.send(Uint8Array.of(3)); // query awareness: its reply comes after every earlier reply
    hostile.resume();
    await waitFor(() => hostile.messages.some((m) => m[0] === 1) || !hostile.isOpen(), 10_000, 'the awareness reply');
    const answers = () => hostile.messages.filter((m) => syncKind(m) === 1).length;
    // A few answers at once, the rest coalesced into one later answer: never one copy of the map per request.
    await waitFor(() => answers() >= 5, 5000, 'the coalesced answer');
    expect(answers()).toBeLessThanOrEqual(6);
    expect(hostile.received()).toBeLessThan(6 * 120_000);
  });

  it('drops a connection that stops reading once its outgoing buffer passes the limit, and others carry on', async () => {
    const { peer, connections, server, id } = await setup({ syncLimits: { maxBufferedBytes: 1_000_000 } });
    const slow = await peer('view');
    slow.pause();
    const editor = await peer('edit');
    const before = await connections();
    const doc = new Y.Doc();
    for (let i = 0; i < 20 && (await connections()) === before; i++) {
      const prev = Y.encodeStateVector(doc);
      applyOps(doc, Array.from({ length: 5 }, (_, j) => ({ type: 'addStatement', statement: testStatement({ id: `f${i}_${j}`, text: 'y'.repeat(90_000) }) }) as const));
      await editor.send(syncUpdate(Y.encodeStateAsUpdate(doc, prev)));
    }
    await waitFor(() => server.rooms.loaded.get(id)!.peers.size === 1, 10_000, 'the slow reader to be dropped');
    expect(editor.isOpen()).toBe(true);
    expect(await connections()).toBe(before - 1);
  });

  it('closes a view socket that keeps sending refused edits (4429), having applied none of them', async () => {
    const { peer, server, id, link } = await setup();
    const watcher = connectClient(server.url, id, { token: await link('view') });
    cleanups.add(() => watcher.provider.destroy());
    await synced(watcher.provider);
    const hostile = await peer('view');
    const doc = new Y.Doc();
    for (let i = 0; i < 200 && hostile.isOpen(); i++) {
      applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `h${i}`, text: 'spam' }) }]);
      await hostile.send(syncUpdate(Y.encodeStateAsUpdate(doc)));
    }
    await waitFor(() => !hostile.isOpen(), 5000, 'the socket to be closed');
    const { code, reason } = await hostile.closed;
    expect(code).toBe(4429);
    expect(reason).toMatch(/refused/i);
    expect(readMap(server.rooms.loaded.get(id)!.doc).map.statements).toHaveLength(50);
    expect(readMap(watcher.doc).map.statements).toHaveLength(50);
  });

  it('closes a socket whose refused edits build on each other with 4429, not as out of order, having applied none', async () => {
    const { peer, server, id } = await setup();
    const hostile = await peer('comment');
    const doc = new Y.Doc();
    // Each edit carries only what is new since the last (as a real client sends): from the
    // second on, each builds on the refused one before it.
    for (let i = 0; i < 400 && hostile.isOpen(); i++) {
      const before = Y.encodeStateVector(doc);
      applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `h${i}`, text: 'spam' }) }]);
      if (i % 3 === 2) applyOps(doc, [{ type: 'removeStatement', id: sid(`h${i - 1}`) }]);
      await hostile.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)));
    }
    const { code, reason } = await hostile.closed;
    expect(code).toBe(4429);
    expect(reason).toMatch(/refused/i);
    expect(readMap(server.rooms.loaded.get(id)!.doc).map.statements).toHaveLength(50);
  });
});

import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { AUTH_SAVING_STATE, applyOps, readMap } from '../../core/sync';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { makeDirs } from '../helpers/server';
import { openPeer, syncStep1, syncUpdate } from '../helpers/rawPeer';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { createClusterServices } from './clusterSetup';
import { testStatement } from '../helpers/ids';

const services = createClusterServices();
beforeAll(() => services.start());
afterAll(() => services.dispose());
const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** The saving states (true = paused) a raw peer was told, in order. */
function savingStates(messages: readonly Uint8Array[]): boolean[] {
  return messages.flatMap((m) => {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) !== 2 || decoding.readVarUint(d) !== AUTH_SAVING_STATE) return [];
    return [decoding.readVarUint(d) === 1];
  });
}

const wsUrl = (url: string, room: string) => `${url.replace('http', 'ws')}/sync/${room}`;
const addStatement = (doc: Y.Doc, id: string) => applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id, text: id, position: { x: 0, y: 0 } }) }]);
const hasStatement = (doc: Y.Doc, id: string) => readMap(doc).map.statements.some((s) => s.id === id);

/** A raw peer joined to a room: asked for the map, so its greeting has arrived once the reply has. */
async function rawPeer(url: string, room: string) {
  const peer = await openPeer(wsUrl(url, room));
  cleanups.add(() => peer.ws.terminate());
  peer.ws.send(syncStep1());
  await waitFor(() => peer.messages.length >= 2, 5000, 'the greeting');
  return peer;
}

describe('clients are told while the server cannot store their edits', () => {
  it('PostgreSQL stops: the peers of an instance whose write fails hear "saving paused", newcomers too, and "saving again" once it returns; nothing is lost', async () => {
    const { servers, databaseUrl, dirs } = await services.startInstances(2);
    cleanups.add(() => Promise.all(servers.map((s) => s.close())));
    const [a, b] = servers;
    // An unmodified y-websocket client writes on A; raw peers listen on A and B.
    const writer = connectClient(a.url, 'small');
    const other = connectClient(b.url, 'small');
    cleanups.add(() => [writer, other].forEach((c) => c.provider.destroy()));
    await Promise.all([synced(writer.provider), synced(other.provider)]);
    const onA = await rawPeer(a.url, 'small');
    const onB = await rawPeer(b.url, 'small');
    expect(savingStates(onA.messages)).toEqual([]);

    await services.pg.stop();
    addStatement(writer.doc, 'whileDown');
    await waitFor(() => savingStates(onA.messages).length === 1, 10_000, 'A’s peers to hear that saving paused');
    expect(savingStates(onA.messages)).toEqual([true]);
    // B has written nothing, so it has nothing to say yet; the edit is not shared before it is stored.
    expect(savingStates(onB.messages)).toEqual([]);
    expect(hasStatement(other.doc, 'whileDown')).toBe(false);
    // Someone joining A now is told at once.
    const late = await rawPeer(a.url, 'small');
    expect(savingStates(late.messages)).toEqual([true]);
    // A write through B fails there too: B's peers hear it.
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(other.doc));
    const before = Y.encodeStateVector(edit);
    addStatement(edit, 'viaB');
    onB.ws.send(syncUpdate(Y.encodeStateAsUpdate(edit, before)));
    await waitFor(() => savingStates(onB.messages).length === 1, 10_000, 'B’s peers to hear that saving paused');
    // The unmodified client ignored the message and is still connected.
    expect(writer.provider.wsconnected).toBe(true);

    await services.pg.start();
    await waitFor(() => hasStatement(other.doc, 'whileDown') && hasStatement(writer.doc, 'viaB'), 20_000, 'both writes to be retried, stored and shared');
    await waitFor(() => savingStates(onA.messages).length === 2 && savingStates(onB.messages).length === 2 && savingStates(late.messages).length === 2, 5000, 'everyone to hear that saving works again');
    expect([savingStates(onA.messages), savingStates(onB.messages), savingStates(late.messages)]).toEqual([[true, false], [true, false], [true, false]]);
    expect(writer.provider.wsconnected && other.provider.wsconnected).toBe(true);

    // Everything acknowledged is in PostgreSQL: a fresh instance reads both.
    await Promise.all(servers.map((s) => s.close()));
    const fresh = await services.startInstance({ databaseUrl, dirs });
    cleanups.add(() => fresh.close());
    const reader = connectClient(fresh.url, 'small');
    cleanups.add(() => reader.provider.destroy());
    await synced(reader.provider);
    expect(hasStatement(reader.doc, 'whileDown') && hasStatement(reader.doc, 'viaB')).toBe(true);
  }, 120_000);

  it('SQLite (the default): edits are saved as before and no saving state is ever sent', async () => {
    const server = await startServerWith(makeDirs({ small: 'test/fixtures/smallMap.json' }));
    cleanups.add(() => server.close());
    const writer = connectClient(server.url, 'small');
    cleanups.add(() => writer.provider.destroy());
    await synced(writer.provider);
    const peer = await rawPeer(server.url, 'small');
    addStatement(writer.doc, 'plain');
    await waitFor(() => peer.messages.length >= 3, 5000, 'the edit to reach the other peer');
    expect(savingStates(peer.messages)).toEqual([]);
  });
});

import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps, readMap } from '../../core/sync';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { syncStep1 } from '../helpers/rawPeer';
import { testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** A client that records the first update it receives and what its map held when `sync` first fired. */
function watchedClient(url: string) {
  const c = connectClient(url, 'small');
  cleanups.add(() => c.provider.destroy());
  const seen: { first?: Uint8Array; atSync?: number } = {};
  c.doc.on('update', (u: Uint8Array) => (seen.first ??= u));
  c.provider.on('sync', (isSynced: boolean) => {
    if (isSynced && seen.atSync === undefined) seen.atSync = readMap(c.doc).map.statements.length;
  });
  return { ...c, seen };
}

const statementsIn = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return readMap(doc).map.statements.length;
};

describe('the first sync already holds the stored map', () => {
  it('for a seed map opened for the first time', async () => {
    const server = await startServerWith(makeDirs());
    cleanups.add(() => server.close());
    const c = watchedClient(server.url);
    await synced(c.provider);
    expect(statementsIn(c.seen.first!)).toBe(3);
    expect(c.seen.atSync).toBe(3);
  });

  it('after a restart, for ten clients arriving at once', async () => {
    const dirs = makeDirs();
    const before = await startServerWith(dirs);
    const a = connectClient(before.url, 'small');
    await synced(a.provider);
    applyOps(a.doc, Array.from({ length: 50 }, (_, i) => ({ type: 'addStatement', statement: testStatement({ id: `n${i}`, text: `Statement ${i}` }) }) as const));
    await waitFor(() => (before.rooms.loaded.get('small')?.doc.getMap('statements').size ?? 0) === 53);
    a.provider.destroy();
    await before.close();

    const after = await startServerWith(dirs);
    cleanups.add(() => after.close());
    const clients = Array.from({ length: 10 }, () => watchedClient(after.url));
    await Promise.all(clients.map((c) => synced(c.provider)));
    for (const c of clients) {
      expect(statementsIn(c.seen.first!)).toBe(53); // never an empty map first
      expect(c.seen.atSync).toBe(53);
    }
  });
});

describe('seeding at start-up (as `npm start` runs the server)', () => {
  it('stores every readable seed map before listening, so its first open reads stored bytes', async () => {
    const dirs = makeDirs();
    writeFileSync(join(dirs.mapsDir, 'broken.json'), '{"schema": "warrant-map", "statements": [');
    const server = await startServerWith(dirs, { seedAtStart: true });
    cleanups.add(() => server.close());
    expect(server.rooms.loaded.size).toBe(0);
    const db = new Database(join(dirs.dataDir, 'warrant.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT id, statement_count AS n FROM rooms ORDER BY id').all();
    const entries = (db.prepare("SELECT count(*) AS n FROM updates WHERE room = 'small'").get() as { n: number }).n;
    db.close();
    expect(stored).toEqual([{ id: 'small', n: 3 }]); // the unreadable seed is skipped, not fatal
    expect(entries).toBe(1);
    const c = watchedClient(server.url);
    await synced(c.provider);
    expect(c.seen.atSync).toBe(3);
  });
});

/** A data folder whose room 'small' is stored as one snapshot of 203 statements (written, then compacted at unload). */
async function storedSnapshotRoom() {
  const dirs = makeDirs();
  const before = await startServerWith(dirs);
  const a = connectClient(before.url, 'small');
  await synced(a.provider);
  applyOps(a.doc, Array.from({ length: 200 }, (_, i) => ({ type: 'addStatement', statement: testStatement({ id: `n${i}`, text: `Statement ${i} with some words` }) }) as const));
  await waitFor(() => (before.rooms.loaded.get('small')?.doc.getMap('statements').size ?? 0) === 203);
  a.provider.destroy();
  await before.close(); // unloading compacts the log into one snapshot
  const db = new Database(join(dirs.dataDir, 'warrant.sqlite'), { readonly: true });
  const stored = db.prepare<[], { data: Buffer }>("SELECT data FROM updates WHERE room = 'small'").all();
  db.close();
  expect(stored).toHaveLength(1);
  return { dirs, snapshot: stored[0].data };
}

/** A raw protocol client that asks for everything, keeps the payload of each sync step 2 and applies the room's updates. */
function rawReader(serverUrl: string) {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/sync/small`);
  cleanups.add(() => ws.terminate());
  const doc = new Y.Doc();
  const steps: Uint8Array[] = [];
  ws.on('open', () => ws.send(syncStep1()));
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== 0) return;
    const kind = decoding.readVarUint(d); // 1: sync step 2, 2: an update shared with the room
    if (kind !== 1 && kind !== 2) return;
    const update = decoding.readVarUint8Array(d);
    if (kind === 1) steps.push(update);
    Y.applyUpdate(doc, update);
  });
  return { doc, steps };
}

describe('a room opened from storage', () => {
  it('sends its stored snapshot once: early, to the first connection, and not again in the reply to its request', async () => {
    const { dirs, snapshot } = await storedSnapshotRoom();
    const after = await startServerWith(dirs);
    cleanups.add(() => after.close());
    const { doc, steps } = rawReader(after.url);
    await waitFor(() => steps.length === 2); // the snapshot, then the reply to our request
    expect(readMap(doc).map.statements).toHaveLength(203);
    expect(steps[0].byteLength).toBe(snapshot.byteLength);
    expect(steps[1].byteLength).toBeLessThan(10); // nothing the snapshot did not already hold
  });

  it('answers a newcomer holding nothing with the stored bytes until the first change, then with the changed map', async () => {
    const { dirs, snapshot } = await storedSnapshotRoom();
    const after = await startServerWith(dirs);
    cleanups.add(() => after.close());
    const first = rawReader(after.url);
    await waitFor(() => first.steps.length === 2 && after.rooms.loaded.has('small'));
    const second = rawReader(after.url); // the room is loaded: its reply comes from the room
    await waitFor(() => second.steps.length === 1);
    // (Encoding the loaded document gives these same bytes: what this guards is the change below.)
    expect(Buffer.from(second.steps[0]).equals(snapshot)).toBe(true);
    expect(readMap(second.doc).map.statements).toHaveLength(203);

    const editor = connectClient(after.url, 'small');
    cleanups.add(() => editor.provider.destroy());
    await synced(editor.provider);
    applyOps(editor.doc, [{ type: 'addStatement', statement: testStatement({ id: 'late', text: 'Added after the load' }) }]);
    await waitFor(() => first.doc.getMap('statements').has('late')); // stored and shared
    const third = rawReader(after.url);
    await waitFor(() => third.steps.length === 1);
    expect(readMap(third.doc).map.statements.map((st) => st.id)).toContain('late');
    expect(readMap(third.doc).map.statements).toHaveLength(204);
  });
});

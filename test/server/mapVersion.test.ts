import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAP_VERSION } from '../../core/model';
import { createApi } from '../helpers/http';
import { askForMap } from '../helpers/rawPeer';
import { ROOT, makeDirs } from '../helpers/server';
import { markNewer, storedUpdates } from '../helpers/storedRooms';
import { createCleanups, startServerWith } from '../helpers/serverWith';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const version1 = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/maps/version1.json'), 'utf8'));

/** As markNewer, then compacted as a newer Warrant would leave it: one snapshot (a server may send such a snapshot early). */
function markNewerCompacted(file: string, room: string): void {
  markNewer(file, room);
  const doc = new Y.Doc();
  storedUpdates(file, room).forEach((r) => Y.applyUpdate(doc, r.data));
  const db = new Database(file);
  db.prepare('DELETE FROM updates WHERE room = ?').run(room);
  db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)').run(room, Buffer.from(Y.encodeStateAsUpdate(doc)));
  db.close();
}

/** A raw sync socket asking for the room's map: the close it gets and how many messages came before it. */
function openSocket(url: string, room: string) {
  const s = askForMap(url, room);
  return cleanups.add(() => s.ws.terminate(), s);
}

describe('stored maps carry their format version', () => {
  it('loads a version-1 file through the API, and refuses a room a newer Warrant wrote, changing nothing in the store', async () => {
    const dirs = makeDirs();
    const file = join(dirs.dataDir, 'warrant.sqlite');
    let server = await startServerWith(dirs);
    const created = await createApi(server.url)('POST', '/api/maps', version1);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const loaded = (await createApi(server.url)('GET', `/api/maps/${id}`)).body;
    expect(loaded.version).toBe(MAP_VERSION);
    expect(loaded.statements.map((s: { id: string }) => s.id)).toEqual(['t', 'r1', 'r2', 'u']);
    await server.close();

    markNewer(file, id);
    const before = storedUpdates(file, id);
    server = await startServerWith(dirs);
    cleanups.add(() => server.close());
    const socket = openSocket(server.url, id);
    const { code, reason } = await socket.closed;
    expect(code).toBe(4426);
    expect(reason).toBe(`This map was saved by a newer Warrant (map format ${MAP_VERSION + 1}; this one reads up to ${MAP_VERSION}). Update Warrant to open it.`);
    expect(socket.received()).toBe(0);
    // Other maps still open.
    const small = openSocket(server.url, 'small');
    expect(await small.answered).toBe(true);
    await server.close();
    expect(storedUpdates(file, id)).toEqual(before);
  });

  it('sends nothing of a newer map stored as one compacted snapshot either', async () => {
    const dirs = makeDirs();
    const file = join(dirs.dataDir, 'warrant.sqlite');
    let server = await startServerWith(dirs);
    const id = (await createApi(server.url)('POST', '/api/maps', version1)).body.id as string;
    await server.close();
    markNewerCompacted(file, id);
    expect(storedUpdates(file, id)).toHaveLength(1);
    server = await startServerWith(dirs);
    cleanups.add(() => server.close());
    const socket = openSocket(server.url, id);
    expect((await socket.closed).code).toBe(4426);
    expect(socket.received()).toBe(0);
  });
});

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { applyOps } from '../../core/sync';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
const folderSize = (dir: string) => readdirSync(dir).reduce((sum, f) => sum + size(join(dir, f)), 0);

describe('the SQLite data folder stays small', () => {
  it('after a room with many edits unloads, the WAL is truncated and the folder is under twice the document', async () => {
    const dirs = makeDirs();
    const server = await startServerWith(dirs);
    cleanups.add(() => server.close());
    const c = connectClient(server.url, 'small');
    await synced(c.provider);
    for (let i = 0; i < 400; i++) {
      applyOps(c.doc, [{ type: 'addStatement', statement: testStatement({ id: `s${i}`, text: `Statement ${i} `.repeat(8), position: { x: i, y: i } }) }]);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    await waitFor(() => server.rooms.loaded.get('small')?.doc.getMap('statements').has('s399') ?? false, 10_000, 'the edits to arrive');
    c.provider.destroy();
    await waitFor(() => server.rooms.loaded.size === 0, 5000, 'the room to unload');
    const wal = join(dirs.dataDir, 'warrant.sqlite-wal');
    await waitFor(() => size(wal) === 0, 5000, 'the WAL to be truncated');
    const Y = await import('yjs');
    const documentBytes = Y.encodeStateAsUpdate(c.doc).byteLength;
    // The database file keeps free pages; with the WAL gone it holds one snapshot of the map.
    expect(folderSize(dirs.dataDir)).toBeLessThan(2 * documentBytes + 64 * 1024);
  });
});

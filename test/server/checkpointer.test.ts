import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../server/persistence/store';
import { makeDirs } from '../helpers/server';
import { waitFor } from '../helpers/yclient';

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

// Commits never checkpoint on the event loop (the fsync stalled fan-out): a thread of the store
// folds the WAL into the database file, and keeps the WAL from growing while writes never pause.
describe('the WAL checkpointer', () => {
  it('moves written pages into the database file without the writer checkpointing', async () => {
    const { dataDir } = makeDirs();
    store = openStore(dataDir);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await store.createRoom('r', 'Room', 0, new Uint8Array(10));
    const file = join(dataDir, 'warrant.sqlite');
    const before = size(file);
    for (let i = 0; i < 300; i++) await store.appendUpdates([{ room: 'r', update: new Uint8Array(1000).fill(i % 256) }]);
    await waitFor(() => size(file) > before + 250_000, 10_000, 'the pages to reach the database file');
    expect((await store.loadUpdates('r')).length).toBe(301);
  });

  it('starts the WAL over while writes go on without a pause', async () => {
    const { dataDir } = makeDirs();
    store = openStore(dataDir);
    await store.createRoom('r', 'Room', 0, new Uint8Array(10));
    const wal = join(dataDir, 'warrant.sqlite-wal');
    let written = 0;
    let largest = 0;
    // About 3 pages a commit: at least 60 MB through the WAL, which alone would keep it all.
    while (written < 60 * 1024 * 1024) {
      await store.appendUpdates([{ room: 'r', update: new Uint8Array(3000).fill(written % 256) }]);
      written += 3 * 4096;
      largest = Math.max(largest, size(wal));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(largest).toBeLessThan(24 * 1024 * 1024);
  }, 120_000);
});

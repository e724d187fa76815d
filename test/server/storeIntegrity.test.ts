import Database from 'better-sqlite3';
import { closeSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** A data folder whose store holds one map besides the seed, written by a server that then stopped. */
async function usedDataDir() {
  const dirs = makeDirs();
  const server = await startServerWith(dirs);
  const { id } = (await createApi(server.url)('POST', '/api/maps', { schema: 'warrant-map', version: 1, title: 'Mine', statements: [] })).body;
  await server.close();
  return { dirs, id, file: join(dirs.dataDir, 'warrant.sqlite') };
}

const removeSidecars = (dir: string) => readdirSync(dir).filter((f) => /-(wal|shm)$/.test(f)).forEach((f) => rmSync(join(dir, f)));

describe('the server refuses to start over a damaged or vanished store', () => {
  it.each([
    ['truncated to 0 bytes', (file: string) => truncateSync(file, 0), /empty \(0 bytes\).*Restore/],
    ['deleted', (file: string) => rmSync(file), /missing.*Restore/],
    ['replaced by a database without tables (a lost -wal)', (file: string) => {
      rmSync(file);
      const db = new Database(file);
      db.pragma('user_version = 1');
      db.close();
    }, /holds no maps.*-wal/],
    ['overwritten with garbage in the middle', (file: string) => {
      const fd = openSync(file, 'r+');
      const size = statSync(file).size;
      writeSync(fd, Buffer.alloc(Math.min(8192, size - 100), 0x5a), 0, Math.min(8192, size - 100), 100);
      closeSync(fd);
    }, /damaged|cannot be read/],
  ])('when its database was %s, with one clear message', async (_name, damage, message) => {
    const { dirs, file } = await usedDataDir();
    removeSidecars(dirs.dataDir);
    damage(file);
    await expect(startServerWith(dirs)).rejects.toThrow(message);
  });

  it('starts as before on a healthy store, and on a fresh folder', async () => {
    const { dirs, id } = await usedDataDir();
    const server = await startServerWith(dirs);
    cleanups.add(() => server.close());
    expect((await createApi(server.url)('GET', `/api/maps/${id}`)).body.title).toBe('Mine');
    const fresh = await startServerWith(makeDirs());
    cleanups.add(() => fresh.close());
    expect((await createApi(fresh.url)('GET', '/health')).body.ok).toBe(true);
  });
});

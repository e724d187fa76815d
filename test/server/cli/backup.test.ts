import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyMap } from '../../../core/model';
import { createApi } from '../../helpers/http';
import { makeDirs, ROOT } from '../../helpers/server';
import { createCleanups, startServerWith } from '../../helpers/serverWith';
import { testStatement } from '../../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

/** Run without blocking: the server under test lives in this process and keeps serving meanwhile. */
const warrantAsync = (...args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
  execFile('node', [join(ROOT, 'bin/warrant.js'), ...args], { cwd: ROOT, encoding: 'utf8' }, (e, stdout, stderr) => resolve({ status: e ? Number(e.code ?? 1) : 0, stdout, stderr }));
});
const warrant = (...args: string[]) => spawnSync('node', [join(ROOT, 'bin/warrant.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('warrant backup (issue 12 item 7)', () => {
  it('copies the store while the server runs and writes; a server started on the copy has every map', async () => {
    const dirs = makeDirs();
    const server = await startServerWith(dirs);
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const map = { ...createEmptyMap(`Group ${i}`), statements: [testStatement({ id: 'a', text: `Claim of group ${i}` })] };
      ids.push((await api('POST', '/api/maps', map)).body.id);
    }
    expect((await api('POST', `/api/maps/${ids[0]}/versions`, { name: 'Round 1' })).status).toBe(201);
    const file = join(mkdtempSync(join(tmpdir(), 'warrant-backup-')), 'backup.sqlite');

    // Writes keep landing during the backup.
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) await api('PATCH', `/api/maps/${ids[1]}`, { title: `Group 1, rename ${n}` });
    })();
    const r = await warrantAsync('backup', file, '--data-dir', dirs.dataDir);
    writing = false;
    await writer;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Backed up \d+ map\(s\)/);
    expect((await warrantAsync('backup', file, '--data-dir', dirs.dataDir)).stderr).toMatch(/exists already/);

    // Restore: the copy as warrant.sqlite in a fresh data folder.
    const restored = { ...dirs, dataDir: join(dirs.base, 'restored') };
    mkdirSync(restored.dataDir);
    copyFileSync(file, join(restored.dataDir, 'warrant.sqlite'));
    const again = await startServerWith(restored);
    cleanups.add(() => again.close());
    const back = createApi(again.url);
    for (const [i, id] of ids.entries()) {
      const map = (await back('GET', `/api/maps/${id}`)).body;
      expect(map.statements.map((s: { text: string }) => s.text)).toEqual([`Claim of group ${i}`]);
    }
    expect((await back('GET', `/api/maps/${ids[1]}`)).body.title).toMatch(/^Group 1/);
    expect((await back('GET', `/api/maps/${ids[0]}/versions`)).body.map((v: { name: string }) => v.name)).toEqual(['Round 1']);
  });

  it('says what is wrong when there is no store', () => {
    const r = warrant('backup', join(tmpdir(), 'nowhere.sqlite'), '--data-dir', join(tmpdir(), 'no-such-warrant-dir'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/there is no store at/);
  });
});

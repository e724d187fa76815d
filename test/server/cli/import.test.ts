import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/model';
import { runCli } from '../../helpers/cli';
import { IMPORT_CASES } from '../../helpers/importCases';

const dir = mkdtempSync(join(tmpdir(), 'warrant-import-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('warrant import reads files as the browser does (the same table)', () => {
  it.each(IMPORT_CASES.map((c) => [c.label, c] as const))('%s', async (_, c) => {
    const path = join(dir, c.name);
    writeFileSync(path, c.bytes);
    const r = await runCli('import', path);
    if (c.error) {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(c.error);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      return;
    }
    expect(r.code, r.stderr).toBe(0);
    const map = parseMap(r.stdout);
    if (c.statements !== undefined) expect(map.statements).toHaveLength(c.statements);
    else expect(map.statements.length).toBeGreaterThan(0);
  });
});

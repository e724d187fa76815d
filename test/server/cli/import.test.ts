import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/model';
import type { CliIo } from '../../../server/cli/command';
import { main } from '../../../server/cli/main';
import { IMPORT_CASES } from '../../helpers/importCases';

const dir = mkdtempSync(join(tmpdir(), 'warrant-import-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(String(t)), stderr: (t) => void err.push(t) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('warrant import reads files as the browser does (the same table)', () => {
  it.each(IMPORT_CASES.map((c) => [c.label, c] as const))('%s', async (_, c) => {
    const path = join(dir, c.name);
    writeFileSync(path, c.bytes);
    const r = await cli('import', path);
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

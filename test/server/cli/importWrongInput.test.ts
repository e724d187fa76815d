import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyMap, serializeMap } from '../../../core/model';
import { runCli } from '../../helpers/cli';
import { testStatement } from '../../helpers/ids';

const dir = mkdtempSync(join(tmpdir(), 'warrant-wrong-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const mapJson = serializeMap({ ...createEmptyMap('Wrong format'), statements: [testStatement({ id: 'a', text: 'A claim' })] });

describe('warrant import with the wrong format or encoding: one clear line, non-zero exit, nothing written', () => {
  it.each([
    ['--from argdown on a Warrant map', 'map.json', new TextEncoder().encode(mapJson), ['--from', 'argdown'], /this is JSON, not Argdown/],
    ['an empty Argdown file', 'empty.argdown', new TextEncoder().encode('\n\n'), [], /no statement or argument in this Argdown text/],
    ['invalid UTF-8', 'latin1.argdown', new Uint8Array([0x5b, 0x61, 0x5d, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9]), [], /not UTF-8 text \(invalid byte 0xE9 at byte 8\)/],
  ])('%s', async (_, name, bytes, flags, message) => {
    const input = join(dir, name);
    const output = join(dir, `${name}.out.json`);
    writeFileSync(input, bytes);
    const r = await runCli('import', input, ...flags, '-o', output);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(output)).toBe(false);
  });

  it('a JSON map with a UTF-8 BOM and one saved as UTF-16 are read', async () => {
    for (const [name, bytes] of [
      ['bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(mapJson)])],
      ['utf16.json', new Uint8Array([0xff, 0xfe, ...[...mapJson].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
    ] as const) {
      const input = join(dir, name);
      writeFileSync(input, bytes);
      const r = await runCli('validate', input);
      expect(r.code, r.stderr).toBe(0);
    }
  });
});

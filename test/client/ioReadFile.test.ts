import { describe, expect, it } from 'vitest';
import { ImportError } from '../../core/formats';
import { MAX_IMPORT_BYTES } from '../../core/model';
import { readImportFile } from '../../client/io/readImportFile';
import { IMPORT_CASES } from '../helpers/importCases';

const file = (name: string, data: string | Uint8Array) => new File([typeof data === 'string' ? data : new Uint8Array(data)], name);

describe('reading a picked or dropped file (the same table as core and the CLI)', () => {
  it.each(IMPORT_CASES.map((c) => [c.label, c] as const))('%s', async (_, c) => {
    const read = readImportFile(file(c.name, c.bytes));
    if (c.error) {
      const error = await read.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(c.error);
      return;
    }
    const result = await read;
    expect(result.format.id).toBe(c.format);
    if (c.statements !== undefined) expect(result.map.statements).toHaveLength(c.statements);
  });

  it('keeps the importer’s notes', async () => {
    const aif = IMPORT_CASES.find((c) => c.format === 'aif')!;
    expect((await readImportFile(file(aif.name, aif.bytes))).notes.join('\n')).toMatch(/dialogue/);
  });

  it.each([
    ['broken JSON', 'map.json', '{"schema": "warrant-map", "statements": [', /“map\.json” is not valid Warrant map \(JSON\): .*not valid JSON/],
    ['invalid Argdown', 'bad.argdown', '[a]: A claim {kind: "thesis"', /“bad\.argdown” is not valid Argdown: line 1: the data \{ … \} is never closed/],
    ['AIF with a dangling edge', 'aif.json', '{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[{"edgeID":"e","fromID":"1","toID":"9"}]}', /“aif\.json” is not valid AIF.*node 9, which is not in the file/],
    ['a file without statements', 'quiet.argdown', '// only a comment\n', /“quiet\.argdown” is not valid Argdown: there is no statement or argument/],
  ])('refuses %s with a message naming the file and the problem', async (_, name, data, message) => {
    const error = await readImportFile(file(name, data)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses files over 20 MB before reading them', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) } as unknown as File;
    await expect(readImportFile(huge)).rejects.toThrow('“huge.json” is 20.1 MB; a file to import can be at most 20 MB.');
    expect(read).toBe(false);
  });
});

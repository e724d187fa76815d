import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, getExportFormat } from '../../core/formats';
import { MAX_IMPORT_BYTES, detectImportFormat, looksLikeAif, readImportFile } from '../../client/io/readImportFile';
import { ROOT } from '../helpers/server';
import { seedMap } from './viewFixtures';

const fixture = (name: string) => readFileSync(`${ROOT}/test/fixtures/formats/${name}`);
const file = (name: string, data: string | Uint8Array) => new File([typeof data === 'string' ? data : new Uint8Array(data)], name);
const warrantJson = () => getExportFormat('json')!.export(seedMap()) as string;

describe('detecting the format of a file', () => {
  it.each([
    ['map.json', warrantJson(), 'json'],
    ['debate.json', fixture('aifdb-sample.json').toString(), 'aif'],
    ['ova.json', fixture('ova-sample.json').toString(), 'aif'],
    ['x.aif', '{}', 'aif'],
    ['x.argdown', '[a]: A', 'argdown'],
    ['x.ad', '[a]: A', 'argdown'],
    ['drawing.graphml', fixture('yed-drawing.graphml').toString(), 'graphml'],
    ['no-extension', fixture('aifdb-sample.json').toString(), 'aif'],
    ['download.xml', fixture('yed-drawing.graphml').toString(), 'graphml'],
    ['notes.txt', '[a]: A', 'argdown'],
  ])('%s is %s', (name, text, id) => {
    expect(detectImportFormat(name, text)?.id).toBe(id);
  });

  it('does not guess for other files', () => {
    expect(detectImportFormat('picture.svg', '<svg/>')).toBeUndefined();
    expect(looksLikeAif('{"schema": "warrant-map", "nodes": []}')).toBe(false);
    expect(looksLikeAif('not json')).toBe(false);
  });
});

describe('reading a picked or dropped file', () => {
  it('reads each importable format into a map, with the importer’s notes', async () => {
    const argdown = await readImportFile(file('trees.argdown', fixture('street-trees.argdown')));
    expect(argdown.format.id).toBe('argdown');
    expect(argdown.map.statements.length).toBeGreaterThan(5);
    const aif = await readImportFile(file('sample.json', fixture('aifdb-sample.json')));
    expect(aif.format.id).toBe('aif');
    expect(aif.notes.join('\n')).toMatch(/dialogue/);
    const json = await readImportFile(file('csto.json', `\uFEFF${warrantJson()}`));
    expect(json.map.statements).toHaveLength(seedMap().statements.length);
  });

  it.each([
    ['broken JSON', 'map.json', '{"schema": "warrant-map", "statements": [', /“map\.json” is not valid Warrant map \(JSON\): .*not valid JSON/],
    ['invalid Argdown', 'bad.argdown', '[a]: A claim {kind: "thesis"', /“bad\.argdown” is not valid Argdown: line 1: the data \{ … \} is never closed/],
    ['AIF with a dangling edge', 'aif.json', '{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[{"edgeID":"e","fromID":"1","toID":"9"}]}', /“aif\.json” is not valid AIF.*node 9, which is not in the file/],
    ['binary garbage', 'noise.json', new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x13, 0x00]), /“noise\.json” is binary data/],
    ['a PDF', 'paper.argdown', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), /“paper\.argdown” is a PDF document, not an argument map/],
    ['an empty file', 'empty.argdown', '', /“empty\.argdown” is empty/],
    ['a file without statements', 'quiet.argdown', '// only a comment\n', /holds no statements/],
    ['an unknown kind of file', 'slides.key', 'hello', /“slides\.key” is not a format the editor reads; use \.json, \.argdown/],
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

import { describe, expect, it } from 'vitest';
import { ImportError, detectImportFormat, parseImport, pickImportFormat } from '../../../core/formats';
import { looksLikeAif } from '../../../core/formats/aif/sniff';
import { IMPORT_CASES } from '../../helpers/importCases';

describe('reading a file as a map (core: the rules the browser, the CLI and the server share)', () => {
  it.each(IMPORT_CASES.map((c) => [c.label, c] as const))('%s', (_, c) => {
    if (c.error) {
      const error = (() => {
        try {
          parseImport(c.name, c.bytes);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(c.error);
      return;
    }
    const result = parseImport(c.name, c.bytes);
    expect(result.format.id).toBe(c.format);
    if (c.statements !== undefined) expect(result.map.statements).toHaveLength(c.statements);
  });
});

describe('detecting the format of a file', () => {
  it.each([
    ['x.aif', '{}', 'aif'],
    ['x.ad', '[a]: A', 'argdown'],
    ['notes.md', '[a]: A', 'argdown'],
    ['map.JSON', '{"schema": "warrant-map"}', 'json'],
    ['no-extension', '  {"nodes": []}', 'aif'],
    ['drawing.graphml', '<?xml version="1.0"?><graphml>', 'graphml'],
  ])('%s is %s', (name, text, id) => {
    expect(detectImportFormat(name, text)?.id).toBe(id);
  });

  it('does not guess for other files', () => {
    expect(detectImportFormat('picture.svg', '<svg/>')).toBeUndefined();
    expect(detectImportFormat('notes', 'hello')).toBeUndefined();
    expect(looksLikeAif('{"schema": "warrant-map", "nodes": []}')).toBe(false);
    expect(looksLikeAif('not json')).toBe(false);
  });

  it('takes an explicit format over the file name, and names the formats when it is unknown', () => {
    expect(pickImportFormat('export.data', '<graphml>', 'GraphML').id).toBe('graphml');
    expect(() => pickImportFormat('x.argdown', '', 'dot')).toThrow('unknown input format "dot" (one of: json, argdown, aif, graphml)');
  });
});

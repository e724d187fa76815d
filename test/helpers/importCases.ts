import { readFileSync } from 'node:fs';
import { getExportFormat } from '../../core/formats';
import { createEmptyMap } from '../../core/model';
import { ROOT } from './server';
import { testStatement } from './ids';

/**
 * One table of files and what reading them must give, run through every way a file comes in:
 * core (test/core/formats/detect.test.ts), the browser's import (test/client/ioReadFile.test.ts),
 * the CLI (test/server/cli/import.test.ts) and `POST /api/maps` (the .json rows; test/server/api.test.ts).
 */
export interface ImportCase {
  readonly label: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The format it is read as, and how many statements the map has; or the error it is refused with. */
  readonly format?: string;
  readonly statements?: number;
  readonly error?: RegExp;
}

const fixture = (name: string) => new Uint8Array(readFileSync(`${ROOT}/test/fixtures/formats/${name}`));
const text = (s: string) => new TextEncoder().encode(s);
/** UTF-16 bytes of a string, as Windows tools save text: little-endian with a BOM unless told otherwise. */
const utf16 = (s: string, { bigEndian = false, bom = true } = {}) => {
  const units = [...(bom ? '\uFEFF' : ''), ...s].flatMap((ch) => [...ch].flatMap((c) => Array.from({ length: c.length }, (_, i) => c.charCodeAt(i))));
  return new Uint8Array(units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])));
};
const argdownText = () => readFileSync(`${ROOT}/test/fixtures/formats/street-trees.argdown`, 'utf8');
const warrantJson = () => {
  const map = { ...createEmptyMap('Import cases'), statements: ['a', 'b', 'c'].map((id) => testStatement({ id, text: `Claim ${id}` })) };
  return getExportFormat('json')!.export(map) as string;
};

export const IMPORT_CASES: readonly ImportCase[] = [
  { label: 'a Warrant map', name: 'map.json', bytes: text(warrantJson()), format: 'json', statements: 3 },
  { label: 'a Warrant map with a byte-order mark', name: 'bom.json', bytes: text(`\uFEFF${warrantJson()}`), format: 'json', statements: 3 },
  { label: 'a Warrant map without an extension', name: 'download', bytes: text(warrantJson()), format: 'json', statements: 3 },
  { label: 'Argdown', name: 'trees.argdown', bytes: fixture('street-trees.argdown'), format: 'argdown', statements: 13 },
  { label: 'Argdown saved as .txt', name: 'trees.txt', bytes: fixture('street-trees.argdown'), format: 'argdown', statements: 13 },
  { label: 'AIF in a .json file', name: 'debate.json', bytes: fixture('aifdb-sample.json'), format: 'aif', statements: 8 },
  { label: 'AIF with a byte-order mark', name: 'debate-bom.json', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...fixture('aifdb-sample.json')]), format: 'aif', statements: 8 },
  { label: 'GraphML saved as .xml', name: 'drawing.xml', bytes: fixture('yed-drawing.graphml'), format: 'graphml' },
  { label: 'binary garbage', name: 'noise.json', bytes: new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x13, 0x00]), error: /“[^”]*noise\.json” is binary data/ },
  { label: 'a PDF', name: 'paper.argdown', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), error: /“[^”]*paper\.argdown” is a PDF document, not an argument map/ },
  { label: 'text in no format', name: 'slides.key', bytes: text('hello'), error: /“[^”]*slides\.key” is not a format Warrant reads; use \.json, \.argdown/ },
  { label: 'broken JSON', name: 'broken.json', bytes: text('{"schema": "warrant-map", "statements": ['), error: /not valid JSON/ },
  { label: 'an empty file', name: 'empty.json', bytes: new Uint8Array(), error: /“[^”]*empty\.json” is empty/ },
  { label: 'a Warrant map saved as UTF-16 (LE, with a BOM)', name: 'utf16.json', bytes: utf16(warrantJson()), format: 'json', statements: 3 },
  { label: 'Argdown saved as UTF-16 (BE, with a BOM)', name: 'utf16be.argdown', bytes: utf16(argdownText(), { bigEndian: true }), format: 'argdown', statements: 13 },
  { label: 'Argdown saved as UTF-16 LE without a BOM', name: 'nobom.argdown', bytes: utf16(argdownText(), { bom: false }), format: 'argdown', statements: 13 },
  { label: 'Latin-1 text (not UTF-8)', name: 'latin1.argdown', bytes: new Uint8Array([...text('[a]: Caf'), 0xe9, 0x0a]), error: /“[^”]*latin1\.argdown” is not UTF-8 text \(invalid byte 0xE9 at byte 8\); save it as UTF-8/ },
  { label: 'an Argdown file with nothing in it', name: 'blank.argdown', bytes: text('\n// nothing yet\n\n'), error: /blank\.argdown.*there is no statement or argument in this Argdown text/ },
  { label: 'a Warrant map named .argdown', name: 'map.argdown', bytes: text(warrantJson()), error: /map\.argdown.*this is JSON, not Argdown; import it as a Warrant map \(json\) or as AIF/ },
];

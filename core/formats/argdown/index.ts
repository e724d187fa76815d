import { type ExportFormat, type ImportFormat, ImportError } from '../format';
import { buildMap } from './build';
import { exportArgdown } from './export';
import { parseArgdown } from './parse';

export { exportArgdown } from './export';
export { parseArgdown } from './parse';

/** Warrant map → Argdown text (statements, relations, arguments with premise–conclusion structures). */
export const argdownExport: ExportFormat = {
  id: 'argdown',
  label: 'Argdown',
  extension: 'argdown',
  mimeType: 'text/x-argdown',
  // A file carries everything (carry.ts); the live pane (exportArgdown without options) shows the Argdown alone.
  export: (map) => exportArgdown(map, { carry: true }),
};

/** Argdown text → Warrant map; throws ImportError naming the line of the first problem. */
export const argdownImport: ImportFormat = {
  id: 'argdown',
  label: 'Argdown',
  extensions: ['argdown', 'ad'],
  import(text) {
    // A map or AIF file read as Argdown would give one statement per line of JSON: say what it is.
    if (/^\s*[{]/.test(text) && isJson(text)) throw new ImportError('this is JSON, not Argdown; import it as a Warrant map (json) or as AIF');
    const result = buildMap(parseArgdown(text));
    if (result.map.statements.length === 0) throw new ImportError('there is no statement or argument in this Argdown text');
    return result;
  },
};

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

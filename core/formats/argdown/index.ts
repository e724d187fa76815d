import type { ExportFormat, ImportFormat } from '../format';
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
  export: (map) => exportArgdown(map),
};

/** Argdown text → Warrant map; throws ImportError naming the line of the first problem. */
export const argdownImport: ImportFormat = {
  id: 'argdown',
  label: 'Argdown',
  extensions: ['argdown', 'ad'],
  import: (text) => buildMap(parseArgdown(text)),
};

import type { ExportFormat, ImportFormat } from '../format';
import { exportGraphml } from './export';
import { importGraphml } from './import';

export { exportGraphml } from './export';
export { importGraphml } from './import';

/** Warrant map → GraphML with yEd shapes and labels; lossless (all fields kept as `<data>`). */
export const graphmlExport: ExportFormat = {
  id: 'graphml',
  label: 'GraphML (yEd)',
  extension: 'graphml',
  mimeType: 'application/graphml+xml',
  export: (map) => exportGraphml(map),
};

/** GraphML → Warrant map: Warrant's own files exactly, other GraphML as statements and relations. */
export const graphmlImport: ImportFormat = {
  id: 'graphml',
  label: 'GraphML',
  extensions: ['graphml'],
  import: (text) => importGraphml(text),
};

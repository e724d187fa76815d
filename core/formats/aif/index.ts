import type { ExportFormat, ImportFormat } from '../format';
import { exportAif } from './export';
import { importAif } from './import';

export { exportAif, toAif } from './export';
export { importAif } from './import';

/** Warrant map → AIF JSON (AIFdb layout: I-, RA- and CA-nodes joined by edges). */
export const aifExport: ExportFormat = {
  id: 'aif',
  label: 'AIF (JSON)',
  extension: 'json',
  mimeType: 'application/json',
  export: (map) => exportAif(map),
};

/** AIFdb or OVA JSON → Warrant map; skipped and approximated nodes are listed in the notes. */
export const aifImport: ImportFormat = {
  id: 'aif',
  label: 'AIF (JSON: AIFdb or OVA)',
  extensions: ['json', 'aif'],
  import: (text) => importAif(text),
};

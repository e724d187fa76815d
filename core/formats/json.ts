import { formatIssues, readMapText, serializeMap } from '../model';
import { type ExportFormat, type ImportFormat, ImportError } from './format';

export const jsonExport: ExportFormat = {
  id: 'json',
  label: 'Warrant map (JSON)',
  extension: 'json',
  mimeType: 'application/json',
  export: (map) => serializeMap(map),
};

export const jsonImport: ImportFormat = {
  id: 'json',
  label: 'Warrant map (JSON)',
  extensions: ['json'],
  import(text) {
    const result = readMapText(text);
    if (!result.ok) throw new ImportError(formatIssues(result.issues));
    return { map: result.map, notes: [] };
  },
};

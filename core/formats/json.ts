import { MapValidationError, parseMap, serializeMap } from '../model';
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
    try {
      return { map: parseMap(text), notes: [] };
    } catch (e) {
      if (e instanceof MapValidationError) throw new ImportError(e.message);
      throw e;
    }
  },
};

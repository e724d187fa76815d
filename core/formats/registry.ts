import type { ExportFormat, ImportFormat } from './format';
import { jsonExport, jsonImport } from './json';

/** Every pure (DOM-free, Node-free) export format, by id. Add new formats here. */
export const exportFormats: readonly ExportFormat[] = [jsonExport];

/** Every import format, by id. Add new formats here. */
export const importFormats: readonly ImportFormat[] = [jsonImport];

export const getExportFormat = (id: string): ExportFormat | undefined => exportFormats.find((f) => f.id === id);
export const getImportFormat = (id: string): ImportFormat | undefined => importFormats.find((f) => f.id === id);

import type { ExportFormat, ImportFormat } from './format';
import { jsonExport, jsonImport } from './json';
import { svgExport } from './svg';
import { tikzExport } from './tikz';
import { dotExport } from './dot';
import { mermaidExport } from './mermaid';
import { markdownExport } from './markdown';
import { argdownExport, argdownImport } from './argdown';
import { aifExport, aifImport } from './aif';
import { graphmlExport, graphmlImport } from './graphml';

/** Every pure (DOM-free, Node-free) export format, by id. Add new formats here. PDF and PNG need the
 * project's font files and live in server/render (the browser asks the server for them). */
export const exportFormats: readonly ExportFormat[] = [
  jsonExport,
  svgExport,
  tikzExport,
  dotExport,
  mermaidExport,
  markdownExport,
  argdownExport,
  aifExport,
  graphmlExport,
];

/** Every import format, by id. Add new formats here. */
export const importFormats: readonly ImportFormat[] = [
  jsonImport,
  argdownImport,
  aifImport,
  graphmlImport,
];

export const getExportFormat = (id: string): ExportFormat | undefined => exportFormats.find((f) => f.id === id);
export const getImportFormat = (id: string): ImportFormat | undefined => importFormats.find((f) => f.id === id);

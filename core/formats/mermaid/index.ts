import type { ExportFormat } from '../format';
import { mapToMermaid } from './mapToMermaid';

export { mapToMermaid, mermaidText } from './mapToMermaid';

export const mermaidExport: ExportFormat = {
  id: 'mermaid',
  label: 'Mermaid flowchart',
  extension: 'mmd',
  mimeType: 'text/vnd.mermaid',
  export: (map, options = {}) => mapToMermaid(map, { legend: options.legend }),
};

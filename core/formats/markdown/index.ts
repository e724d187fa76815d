import type { ExportFormat } from '../format';
import { mapToMarkdown } from './mapToMarkdown';

export { mapToMarkdown, markdownText, getOutlineRoots } from './mapToMarkdown';

export const markdownExport: ExportFormat = {
  id: 'markdown',
  label: 'Markdown outline',
  extension: 'md',
  mimeType: 'text/markdown',
  export: (map) => mapToMarkdown(map),
};

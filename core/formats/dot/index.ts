import type { ExportFormat } from '../format';
import { mapToDot } from './mapToDot';

export { mapToDot, dotString } from './mapToDot';

export const dotExport: ExportFormat = {
  id: 'dot',
  label: 'Graphviz DOT',
  extension: 'dot',
  mimeType: 'text/vnd.graphviz',
  export: (map, options = {}) => mapToDot(map, { legend: options.legend }),
};

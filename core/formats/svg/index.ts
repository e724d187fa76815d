import { buildScene } from '../../render/buildScene';
import type { ExportFormat } from '../format';
import { sceneToSvg } from './sceneToSvg';

export { sceneToSvg } from './sceneToSvg';
export { escapeXml } from './escapeXml';

export const svgExport: ExportFormat = {
  id: 'svg',
  label: 'SVG figure',
  extension: 'svg',
  mimeType: 'image/svg+xml',
  export: (map, options = {}) => sceneToSvg(buildScene(map, { legend: options.legend })),
};

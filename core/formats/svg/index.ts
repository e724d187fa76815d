import { getFigureScenes } from '../../figure/scenes';
import type { ExportFormat } from '../format';
import { sceneToSvg } from './sceneToSvg';

export { sceneToSvg } from './sceneToSvg';
export { escapeXml } from './escapeXml';

export const svgExport: ExportFormat = {
  id: 'svg',
  label: 'SVG figure',
  extension: 'svg',
  mimeType: 'image/svg+xml',
  export: (map, options = {}) => sceneToSvg(getFigureScenes(map, options)[0]),
};

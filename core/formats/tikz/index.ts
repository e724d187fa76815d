import { getFigureScenes } from '../../figure/scenes';
import type { ExportFormat } from '../format';
import { sceneToTikz } from './sceneToTikz';

export { sceneToTikz, sceneToTikzPicture } from './sceneToTikz';
export { escapeLatex } from './escapeLatex';

export const tikzExport: ExportFormat = {
  id: 'tikz',
  label: 'LaTeX / TikZ figure',
  extension: 'tex',
  mimeType: 'application/x-tex',
  export: (map, options = {}) => sceneToTikz(getFigureScenes(map, options)[0]),
};

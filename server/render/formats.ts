import type { ExportFormat, ExportOptions } from '../../core/formats/format';
import { exportFormats } from '../../core/formats/registry';
import { getFigureScenes } from '../../core/figure/scenes';
import type { ArgumentMap } from '../../core/model/types';
import { sceneToSvg, svgExport as coreSvg } from '../../core/formats/svg';

/** An export the server side runs (CLI, HTTP API): core's pure formats plus those that need fonts or native code. */
export interface ServerExportFormat extends Omit<ExportFormat, 'export'> {
  export(map: ArgumentMap, options?: ExportOptions): Promise<string | Uint8Array>;
}

/** PNG, drawn by resvg with the project's fonts. */
export const pngExport: ServerExportFormat = {
  id: 'png',
  label: 'PNG image',
  extension: 'png',
  mimeType: 'image/png',
  // resvg and the font files load with the first PNG, not at start-up.
  export: async (map, options) => (await import('./png')).exportPng(map, options),
};

/** PDF with embedded subsets of the project's fonts. */
export const pdfExport: ServerExportFormat = {
  id: 'pdf',
  label: 'PDF figure',
  extension: 'pdf',
  mimeType: 'application/pdf',
  // pdf-lib loads with the first PDF, so other exports and CLI start-up skip it.
  export: async (map, options = {}) => (await import('./pdf')).scenesToEmbeddedPdf(getFigureScenes(map, options), options.page ?? 'fit'),
};

/** The critique report as PDF (warrant report -o r.pdf; the workshop panel's Download PDF), fonts embedded. */
export const reportPdfExport: ServerExportFormat = {
  id: 'report-pdf',
  label: 'Critique report (PDF)',
  extension: 'pdf',
  mimeType: 'application/pdf',
  export: async (map) => {
    const [{ reportToEmbeddedPdf }, { buildReport, layoutReport }] = await Promise.all([import('./pdf'), import('../../core/workshop')]);
    return reportToEmbeddedPdf(layoutReport(buildReport(map), map));
  },
};

/** SVG as core writes it, or with the figure's font subsets embedded when asked (embedFonts). */
export const svgExport: ServerExportFormat = {
  ...coreSvg,
  async export(map, options = {}) {
    const scene = getFigureScenes(map, options)[0];
    // The subsetter (HarfBuzz in WebAssembly) loads only when a file asks for its font.
    return sceneToSvg(scene, options.embedFonts ? await (await import('./svgFonts')).getEmbeddedFontCss(scene) : undefined);
  },
};

const lifted = (f: ExportFormat): ServerExportFormat => ({ ...f, export: async (map, options) => f.export(map, options) });

/** Every export format the server side offers, in menu order. */
export function getServerExportFormats(): readonly ServerExportFormat[] {
  const core = exportFormats.map((f) => (f.id === 'svg' ? svgExport : lifted(f)));
  const at = core.findIndex((f) => f.id === 'svg') + 1;
  return [...core.slice(0, at), pdfExport, pngExport, ...core.slice(at), reportPdfExport];
}

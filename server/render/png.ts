import { createRequire } from 'node:module';
import type { ExportFormat, ExportOptions } from '../../core/formats/format';
import { exportFormats } from '../../core/formats/registry';
import { svgExport } from '../../core/formats/svg';
import type { ArgumentMap } from '../../core/model/types';

/** resvg's native module loads on the first PNG: the other formats (and CLI start-up) skip its ~0.3 s. */
let resvg: typeof import('@resvg/resvg-js') | undefined;
const loadResvg = () => (resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

/** Raster scales offered for PNG figures. */
export const PNG_SCALES = [1, 2, 4] as const;

/** A PNG of the map's SVG figure, rasterised by resvg at 1×, 2× or 4×, on white or transparent. */
export function exportPng(map: ArgumentMap, options: ExportOptions = {}): Uint8Array {
  const scale = options.scale ?? 1;
  if (!(PNG_SCALES as readonly number[]).includes(scale)) throw new RangeError(`PNG scale must be 1, 2 or 4, not ${scale}`);
  const svg = svgExport.export(map, options) as string;
  const renderer = new (loadResvg().Resvg)(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: options.background === 'transparent' ? undefined : 'white',
    // The SVG asks for Helvetica-compatible faces; name the usual metric twins so text keeps its measured width.
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    logLevel: 'off',
  });
  return new Uint8Array(renderer.render().asPng());
}

/** PNG as an export format, for the CLI and the HTTP API (kept out of core: it needs a native library). */
export const pngExport: ExportFormat = {
  id: 'png',
  label: 'PNG image',
  extension: 'png',
  mimeType: 'image/png',
  export: exportPng,
};

/** Every export format the server side offers (CLI, HTTP API): core's registry plus PNG. */
export function getServerExportFormats(): readonly ExportFormat[] {
  return exportFormats.some((f) => f.id === pngExport.id) ? exportFormats : [...exportFormats, pngExport];
}

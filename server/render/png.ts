import { createRequire } from 'node:module';
import type { ExportOptions } from '../../core/formats/format';
import { svgExport } from '../../core/formats/svg';
import type { ArgumentMap } from '../../core/model/types';
import { FIGURE_FONT } from '../../core/render/style';
import { figureFontFiles } from './fontFiles';

/** resvg's native module loads on the first PNG: the other formats (and CLI start-up) skip its ~0.3 s. */
let resvg: typeof import('@resvg/resvg-js') | undefined;
const loadResvg = () => (resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

/** Raster scales offered for PNG figures. */
export const PNG_SCALES = [1, 2, 4] as const;

/** A PNG of an SVG figure, drawn by resvg with the project's fonts only (never the machine's). */
export function rasterizeFigure(svg: string, options: Pick<ExportOptions, 'scale' | 'background'> = {}): Uint8Array {
  const scale = options.scale ?? 1;
  if (!(PNG_SCALES as readonly number[]).includes(scale)) throw new RangeError(`PNG scale must be 1, 2 or 4, not ${scale}`);
  const renderer = new (loadResvg().Resvg)(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: options.background === 'transparent' ? undefined : 'white',
    font: { loadSystemFonts: false, fontFiles: figureFontFiles(svg), defaultFontFamily: FIGURE_FONT, sansSerifFamily: FIGURE_FONT },
    logLevel: 'off',
  });
  return new Uint8Array(renderer.render().asPng());
}

/** A PNG of the map's SVG figure, at 1×, 2× or 4×, on white or transparent. */
export function exportPng(map: ArgumentMap, options: ExportOptions = {}): Uint8Array {
  return rasterizeFigure(svgExport.export(map, options) as string, options);
}

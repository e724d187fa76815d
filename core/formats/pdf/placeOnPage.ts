import type { ExportOptions } from '../format';
import type { Scene } from '../../render/scene';

/** Paper sizes in points, portrait. */
export const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const MARGIN = 36;

/** Page size and placement: the scene at its print scale (1 unit = scale pt), or scaled down (never up) to fit a paper page. */
export function placeOnPage(scene: Scene, page: ExportOptions['page'] = 'fit'): { width: number; height: number; scale: number; x: number; y: number } {
  const s = scene.scale;
  const w = Math.max(1, Math.ceil(scene.width) * s);
  const h = Math.max(1, Math.ceil(scene.height) * s);
  if (page === 'fit') return { width: w, height: h, scale: s, x: 0, y: 0 };
  const [pw, ph] = PAPER[page];
  const fits = (a: number, b: number): number => Math.min(1, (a - 2 * MARGIN) / w, (b - 2 * MARGIN) / h);
  // Landscape when that lets the figure be larger.
  const [width, height] = fits(ph, pw) > fits(pw, ph) ? [ph, pw] : [pw, ph];
  const scale = fits(width, height);
  return { width, height, scale: s * scale, x: (width - w * scale) / 2, y: (height - h * scale) / 2 };
}

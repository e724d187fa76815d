import type { ExportOptions } from '../format';
import type { Scene, SceneEdge } from '../../render/scene';
import { INK } from '../../render/style';
import { box, circle, polygon, polyline, text } from './pdfContent';
import { type PdfPage, writePdf } from './pdfDocument';

/** Paper sizes in points, portrait. */
export const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const MARGIN = 36;

/** Page size and placement: the scene at 1 unit = 1 pt, or scaled down (never up) to fit a paper page. */
export function placeOnPage(scene: Scene, page: ExportOptions['page'] = 'fit'): { width: number; height: number; scale: number; x: number; y: number } {
  const w = Math.max(1, Math.ceil(scene.width));
  const h = Math.max(1, Math.ceil(scene.height));
  if (page === 'fit') return { width: w, height: h, scale: 1, x: 0, y: 0 };
  const [pw, ph] = PAPER[page];
  const fits = (a: number, b: number): number => Math.min(1, (a - 2 * MARGIN) / w, (b - 2 * MARGIN) / h);
  // Landscape when that lets the figure be larger.
  const [width, height] = fits(ph, pw) > fits(pw, ph) ? [ph, pw] : [pw, ph];
  const scale = fits(width, height);
  return { width, height, scale, x: (width - w * scale) / 2, y: (height - h * scale) / 2 };
}

const edge = (e: SceneEdge): string[] => [polyline(e.points, e.line), ...(e.headShape ? [polygon(e.headShape.points, e.headShape.fill)] : [])];

/** Draws a scene as a one-page PDF. */
export function sceneToPdf(scene: Scene, page: ExportOptions['page'] = 'fit'): Uint8Array {
  const at = placeOnPage(scene, page);
  const ops: string[] = ['q', `${at.scale} 0 0 ${-at.scale} ${at.x} ${at.height - at.y} cm`, '1 j'];
  ops.push(...scene.edges.flatMap(edge));
  ops.push(...scene.junctions.map((j) => circle(j.cx, j.cy, j.r, INK)));
  for (const n of scene.nodes) {
    ops.push(box(n.x, n.y, n.width, n.height, n.box));
    if (n.caption) ops.push(text(n.caption));
    ops.push(...n.lines.map(text));
  }
  const legend = scene.legend;
  if (legend) {
    ops.push(box(legend.x, legend.y, legend.width, legend.height, legend.frame));
    ops.push(...legend.edges.flatMap(edge), ...legend.junctions.map((j) => circle(j.cx, j.cy, j.r, INK)), ...legend.texts.map(text));
  }
  ops.push('Q');
  const content: PdfPage = { width: at.width, height: at.height, content: ops.join('\n') };
  return writePdf({ title: scene.title, pages: [content] });
}

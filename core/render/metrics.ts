import { BOLD, BOLD_OBLIQUE, OBLIQUE, REGULAR, UNITS_PER_EM } from './fontMetrics';
import { type FaceKey, faceOf } from './style';

/**
 * Text measured with the real advance widths of the figure font (DejaVu Sans), so wrapping
 * and centring agree with how resvg, browsers, the PDF writer and LaTeX set the same font.
 * Characters DejaVu lacks are set in the CJK font, whose glyphs are one em wide; anything
 * else unknown is counted as one em too, so a line errs on the wide side and never spills.
 *   textWidth('Hi', 10) → 10 × (1532 + 569) / 2048 ≈ 10.26
 */

function decode(runs: string, into = new Map<number, number>()): Map<number, number> {
  for (const run of runs.split('|')) {
    const [start, widths] = run.split(':');
    let cp = parseInt(start, 16);
    for (const w of widths.split(' ')) into.set(cp++, parseInt(w, 36));
  }
  return into;
}

const tables = new Map<FaceKey, Map<number, number>>();
function widthsOf(face: FaceKey): Map<number, number> {
  let t = tables.get(face);
  if (!t) {
    if (face === 'regular') t = decode(REGULAR);
    else if (face === 'bold') t = decode(BOLD);
    else t = decode(face === 'oblique' ? OBLIQUE : BOLD_OBLIQUE, new Map(widthsOf(face === 'oblique' ? 'regular' : 'bold')));
    tables.set(face, t);
  }
  return t;
}

/** True when the figure font (DejaVu Sans) has a glyph for the code point. */
export const hasFigureGlyph = (cp: number): boolean => widthsOf('regular').has(cp);

/** Width of a line of text set in the figure font at `size` units per em. */
export function textWidth(text: string, size: number, bold = false, italic = false): number {
  const widths = widthsOf(faceOf({ bold, italic }));
  let total = 0;
  for (const ch of text) total += widths.get(ch.codePointAt(0)!) ?? UNITS_PER_EM;
  return (total * size) / UNITS_PER_EM;
}

/** Shortens a line with an ellipsis until it fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  let cut = text;
  while (cut && textWidth(`${cut}…`, size, bold) > maxWidth) cut = [...cut].slice(0, -1).join('');
  return `${cut.trimEnd()}…`;
}

import { glyphWidth } from './helveticaMetrics';
import { toWinAnsi } from './winAnsi';

/** Width of a line of text set in Helvetica (bold or regular) at `size` units per em. */
export function textWidth(text: string, size: number, bold = false): number {
  let total = 0;
  for (const ch of toWinAnsi(text)) total += glyphWidth(ch.charCodeAt(0), bold);
  return (total * size) / 1000;
}

/** Shortens a line with an ellipsis until it fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  let cut = text;
  while (cut && textWidth(`${cut}…`, size, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

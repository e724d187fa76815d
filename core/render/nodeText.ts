import { CHARS_PER_LINE, wrapText } from '../layout/size';
import type { Statement } from '../model/types';
import { textWidth, truncateToWidth } from './metrics';
import { CAPTION_STYLE, KIND_STYLES, SIZES, type TextStyle } from './style';

/** What a statement box shows, before it is placed. */
export interface NodeText {
  readonly caption: string;
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

const INNER_WIDTH = SIZES.nodeWidth - 2 * SIZES.padX;

/** Wraps text (wrapText, word breaks) at the widest character count whose lines all fit `maxWidth`. */
export function wrapToWidth(text: string, style: Pick<TextStyle, 'size' | 'bold' | 'italic'>, maxWidth = INNER_WIDTH): string[] {
  for (let chars = Math.max(CHARS_PER_LINE + 8, Math.ceil(maxWidth / (0.3 * style.size))); chars > 4; chars--) {
    const lines = wrapText(text, chars);
    if (lines.every((l) => textWidth(l, style.size, style.bold, style.italic) <= maxWidth)) return lines;
  }
  return wrapText(text, 4);
}

/** The caption, wrapped text and box size of a statement, on a card `cardWidth` wide. */
export function getNodeText(statement: Statement, cardWidth: number = SIZES.nodeWidth): NodeText {
  const inner = cardWidth - 2 * SIZES.padX;
  const style = KIND_STYLES[statement.kind];
  const words = [style.caption, ...statement.tags.map((t) => `#${t}`)].filter(Boolean).join('  ');
  const caption = truncateToWidth(words, inner, CAPTION_STYLE.size, true);
  const lines = statement.text.trim() ? wrapToWidth(statement.text.trim(), style.text, inner) : [''];
  const height = SIZES.padTop + (caption ? SIZES.captionBand : 0) + lines.length * SIZES.lineHeight + SIZES.padBottom;
  return { caption, lines, width: cardWidth, height };
}

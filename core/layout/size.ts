/** Box sizes of statements, estimated from their text so layout runs without a DOM. */

export const CARD_WIDTH = 240;
export const CARD_PADDING_Y = 34; // kind line + paddings
export const LINE_HEIGHT = 18;
export const CHARS_PER_LINE = 34;
export const JUNCTION_SIZE = 14;

/** Splits text into lines of at most `width` characters, breaking at spaces. */
export function wrapText(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
      while (line.length > width) {
        lines.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The size a statement card of this text takes. */
export function estimateStatementSize(text: string): Size {
  const lines = Math.max(1, wrapText(text).length);
  return { width: CARD_WIDTH, height: CARD_PADDING_Y + lines * LINE_HEIGHT };
}

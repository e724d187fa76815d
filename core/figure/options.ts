import type { LayoutDirection } from '../model/types';

/**
 * What a figure for a paper shows and how big it prints: one definition, read by the CLI
 * (`warrant export --target column …`) and the HTTP export (`?target=column&…`) alike.
 * Worked examples: `--target column --font-size 8` → 3.5 in wide, text 8 pt;
 * `--target 90mmx120mm` → 255.1 × 340.2 pt; `--what focus --root c3 --steps 2`.
 */

export type FigureWhat = 'map' | 'selection' | 'branch' | 'focus';

export interface FigureTarget {
  readonly name: string;
  /** Printed width and the height it may take, in pt. */
  readonly width: number;
  readonly height: number;
}

export interface FigureOptions {
  readonly what: FigureWhat;
  /** Statements of a selection. */
  readonly ids?: readonly string[];
  /** Root of a branch or centre of a focus. */
  readonly root?: string;
  /** Steps around the focus. */
  readonly steps?: number;
  /** Statements whose branches are drawn as a "+N more" stub. */
  readonly collapse?: readonly string[];
  readonly target: FigureTarget;
  /** Size of statement text as printed, in pt. */
  readonly fontSize: number;
  readonly direction: LayoutDirection | 'auto';
  /** Widest a card may print, in pt. */
  readonly maxCardWidth?: number;
}

const IN = 72;
/** Named targets: a journal column, the full text width, a whole page of text (US letter/A4 text block). */
export const FIGURE_TARGETS: Readonly<Record<string, FigureTarget>> = {
  column: { name: 'column', width: 3.5 * IN, height: 9 * IN },
  text: { name: 'text', width: 7 * IN, height: 9 * IN },
  page: { name: 'page', width: 7 * IN, height: 9.5 * IN },
};
const UNITS: Record<string, number> = { pt: 1, bp: 1, in: IN, mm: IN / 25.4, cm: IN / 2.54 };
export const DEFAULT_FONT_SIZE = 8;
/** Text printed smaller than this gets a warning. */
export const MIN_LEGIBLE_PT = 5;

/** A bad figure option, with a message for the person who typed it. */
export class FigureOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FigureOptionError';
  }
}

/** The option names, as the CLI spells them (`--font-size`) and the HTTP export too (`font-size=`). */
export const FIGURE_OPTION_NAMES = ['what', 'ids', 'root', 'steps', 'collapse', 'target', 'font-size', 'direction', 'card-width'] as const;
export type FigureOptionName = (typeof FIGURE_OPTION_NAMES)[number];

function length(text: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(pt|bp|in|mm|cm)?$/i.exec(text.trim());
  if (!m) throw new FigureOptionError(`${name} must be a length such as 250pt, 90mm or 3.5in (got "${text.slice(0, 40)}")`);
  const v = Number(m[1]) * UNITS[(m[2] ?? 'pt').toLowerCase()];
  if (v < 36 || v > 14400) throw new FigureOptionError(`${name} must be between 0.5 in and 200 in (got "${text.slice(0, 40)}")`);
  return v;
}

/** A named target or a custom size "W" or "WxH" with units pt, mm, cm or in (height defaults to 9 in). */
export function parseTarget(text: string): FigureTarget {
  const named = FIGURE_TARGETS[text.toLowerCase()];
  if (named) return named;
  const [w, h, more] = text.split(/x/i);
  if (!w || more !== undefined) throw new FigureOptionError(`target must be column, text, page or a size such as 90mmx120mm (got "${text.slice(0, 40)}")`);
  const unit = /[a-z]+$/i.exec(h ?? '')?.[0] ?? '';
  const width = length(/[a-z]$/i.test(w) ? w : `${w}${unit}`, 'target width');
  return { name: text, width, height: h ? length(h, 'target height') : 9 * IN };
}

const list = (text: string): string[] => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];

/**
 * Reads figure options by name (absent → undefined); null when none is given, so exports
 * without them stay as they were. Throws FigureOptionError on a bad value.
 */
export function parseFigureOptions(read: (name: FigureOptionName) => string | undefined): FigureOptions | null {
  const raw = Object.fromEntries(FIGURE_OPTION_NAMES.map((n) => [n, read(n)?.trim() || undefined])) as Record<FigureOptionName, string | undefined>;
  if (FIGURE_OPTION_NAMES.every((n) => raw[n] === undefined)) return null;
  const what = (raw.what ?? (raw.ids ? 'selection' : raw.root ? (raw.steps ? 'focus' : 'branch') : 'map')) as FigureWhat;
  if (!['map', 'selection', 'branch', 'focus'].includes(what)) throw new FigureOptionError(`what must be map, selection, branch or focus (got "${what.slice(0, 40)}")`);
  if (what === 'selection' && !raw.ids) throw new FigureOptionError('a selection needs ids: the statements to show, separated by commas');
  if ((what === 'branch' || what === 'focus') && !raw.root) throw new FigureOptionError(`a ${what} needs root: the statement it starts from`);
  const steps = raw.steps === undefined ? (what === 'focus' ? 1 : undefined) : Number(raw.steps);
  if (steps !== undefined && !(Number.isInteger(steps) && steps >= 0 && steps <= 50)) throw new FigureOptionError(`steps must be a whole number from 0 to 50 (got "${raw.steps}")`);
  const fontSize = raw['font-size'] === undefined ? DEFAULT_FONT_SIZE : Number(raw['font-size'].replace(/pt$/, ''));
  if (!(fontSize >= 2 && fontSize <= 72)) throw new FigureOptionError(`font-size must be a size in pt from 2 to 72 (got "${raw['font-size']}")`);
  const direction = (raw.direction ?? 'auto').toUpperCase();
  if (!['TB', 'LR', 'AUTO'].includes(direction)) throw new FigureOptionError(`direction must be TB, LR or auto (got "${raw.direction}")`);
  const maxCardWidth = raw['card-width'] === undefined ? undefined : length(raw['card-width'], 'card-width');
  return {
    what,
    ids: raw.ids ? list(raw.ids) : undefined,
    root: raw.root,
    steps,
    collapse: raw.collapse ? list(raw.collapse) : undefined,
    target: parseTarget(raw.target ?? 'column'),
    fontSize,
    direction: direction === 'AUTO' ? 'auto' : (direction as LayoutDirection),
    maxCardWidth,
  };
}

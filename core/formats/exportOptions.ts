import { FigureOptionError, parseFigureOptions } from '../figure/options';
import type { ExportOptions } from './format';

/**
 * Export options by name: the one reading of `warrant export --page a4 --scale 2 --legend` and of
 * `GET /api/maps/<id>/export?page=a4&scale=2&legend=1`. The caller supplies the values by name
 * (a flag given without a value reads as "true"); a bad value throws FigureOptionError, which the
 * CLI prints as one line and the HTTP route answers with 400.
 * Worked examples: `{ page: 'a4', scale: '2' }` → `{ page: 'a4', scale: 2, legend: false }`;
 * `{ scale: '3' }` → "scale must be one of 1, 2, 4 (got "3")"; `{ target: 'column' }` → a figure.
 */

export const EXPORT_OPTION_CHOICES = {
  page: ['fit', 'a4', 'letter'],
  scale: ['1', '2', '4'],
  background: ['white', 'transparent'],
  legend: ['0', '1', 'true', 'false'],
  'embed-fonts': ['0', '1', 'true', 'false'],
} as const;
type Choices = typeof EXPORT_OPTION_CHOICES;

/** The option names besides the figure's (core/figure/options.ts FIGURE_OPTION_NAMES). */
export const EXPORT_OPTION_NAMES = [...(Object.keys(EXPORT_OPTION_CHOICES) as (keyof Choices)[]), 'part'] as const;

function choice<K extends keyof Choices>(read: (name: string) => string | undefined, name: K): Choices[K][number] | undefined {
  const value = read(name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (!(EXPORT_OPTION_CHOICES[name] as readonly string[]).includes(value.toLowerCase())) {
    throw new FigureOptionError(`${name} must be one of ${EXPORT_OPTION_CHOICES[name].join(', ')} (got "${value.slice(0, 40)}")`);
  }
  return value.toLowerCase() as Choices[K][number];
}

/** Reads export options (and figure options) by name; absent names keep each exporter's defaults. Yes/no options take 0, 1, true or false. */
export function parseExportOptions(read: (name: string) => string | undefined): ExportOptions {
  const scale = choice(read, 'scale');
  const legend = choice(read, 'legend');
  const embed = choice(read, 'embed-fonts');
  const part = read('part')?.trim() || undefined;
  if (part !== undefined && !/^[a-z]$/.test(part)) throw new FigureOptionError(`part must be one letter such as a or b (got "${part.slice(0, 40)}")`);
  return {
    legend: legend === '1' || legend === 'true',
    embedFonts: embed === '1' || embed === 'true',
    page: choice(read, 'page'),
    scale: scale ? Number(scale) : undefined,
    background: choice(read, 'background'),
    figure: parseFigureOptions(read) ?? undefined,
    part,
  };
}

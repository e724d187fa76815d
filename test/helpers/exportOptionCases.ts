import { expect } from 'vitest';
import type { ExportOptions } from '../../core/formats';

/**
 * One table of export options by name, read by core (test/core/formats/exportOptions.test.ts),
 * by `warrant export --name value` (test/server/cli/export.test.ts) and by the HTTP export's query
 * (test/server/exportRoutes.test.ts): the same value gives the same options or the same message.
 */
export interface ExportOptionCase {
  readonly values: Readonly<Record<string, string>>;
  readonly options?: Partial<ExportOptions>;
  readonly error?: string;
}

export const EXPORT_OPTION_CASES: readonly ExportOptionCase[] = [
  { values: {}, options: { legend: false, embedFonts: false, page: undefined, scale: undefined, background: undefined, figure: undefined, part: undefined } },
  { values: { page: 'a4', scale: '2', background: 'transparent' }, options: { page: 'a4', scale: 2, background: 'transparent' } },
  { values: { page: 'Letter' }, options: { page: 'letter' } },
  { values: { legend: '1' }, options: { legend: true } },
  { values: { legend: 'false' }, options: { legend: false } },
  { values: { part: 'b' }, options: { part: 'b' } },
  { values: { 'embed-fonts': '1' }, options: { embedFonts: true } },
  { values: { target: 'text', 'font-size': '9' }, options: { figure: expectFigure({ fontSize: 9 }) } },
  { values: { scale: '3' }, error: 'scale must be one of 1, 2, 4 (got "3")' },
  { values: { page: 'a5' }, error: 'page must be one of fit, a4, letter (got "a5")' },
  { values: { background: 'blue' }, error: 'background must be one of white, transparent (got "blue")' },
  { values: { legend: 'yes' }, error: 'legend must be one of 0, 1, true, false (got "yes")' },
  { values: { 'embed-fonts': 'yes' }, error: 'embed-fonts must be one of 0, 1, true, false (got "yes")' },
  { values: { part: 'ab' }, error: 'part must be one letter such as a or b (got "ab")' },
  { values: { target: 'A5' }, error: 'target width must be a length such as 250pt, 90mm or 3.5in (got "A5")' },
  { values: { 'font-size': '1' }, error: 'font-size must be a size in pt from 2 to 72 (got "1")' },
];

function expectFigure(fields: object) {
  return expect.objectContaining(fields) as unknown as ExportOptions['figure'];
}

/** The cases `warrant export` can spell: `--legend` and `--embed-fonts` are flags there and `part` is chosen for you. */
export const cliExpressible = (c: ExportOptionCase) => !['legend', 'embed-fonts', 'part'].some((name) => name in c.values);

import type { ArgumentMap } from '../model/types';
import { CONTENT_KINDS, type ContentKind, type Loss, lossesExcept } from './content';
import { getArgdownLosses } from './argdown/losses';

export { type ContentKind, type Loss, CONTENT_KINDS, countContent, describeContent, lossesExcept } from './content';

/**
 * What each export format leaves out of a map, so the CLI, the HTTP export and the Export panel
 * can say so before anyone relies on the file:
 *   getExportLosses(seeded, 'aif')  → [{kind: 'comments', count: 11, text: '11 comments'}, …]
 *   describeLosses('AIF (JSON)', …) → 'AIF (JSON) leaves out 11 comments, 62 source anchors and 74 tags; Warrant JSON keeps everything.'
 * Every format writes the statements' text and the support/attack graph. Warrant JSON and GraphML
 * are read back by Warrant, so what they keep is checked by a round trip
 * (test/core/formats/losses.test.ts); for the others the test looks for each kept item in the output.
 */

/** Figures (SVG, PDF, PNG, TikZ) draw kinds and tags on the cards, in the map's direction, and name the map. */
const FIGURE_KEEPS: readonly ContentKind[] = ['title', 'direction', 'kinds', 'tags'];

const keeping = (kept: readonly ContentKind[]) => (map: ArgumentMap) => lossesExcept(map, kept);

const LOSSES: Readonly<Record<string, (map: ArgumentMap) => Loss[]>> = {
  json: () => [],
  graphml: keeping(['title', 'description', 'direction', 'kinds', 'tags', 'colors', 'placed', 'collapsed', 'labels', 'argumentTags', 'schemes', 'answers', 'sources', 'anchors', 'comments']),
  argdown: getArgdownLosses,
  // AIF itself holds schemes; the rest rides in `warrant` fields that only Warrant reads (aif/warrantFields.ts).
  aif: (map) => lossesExcept(map, ['schemes'], CONTENT_KINDS),
  markdown: keeping(['title', 'description', 'kinds', 'tags', 'labels']),
  dot: keeping(FIGURE_KEEPS),
  mermaid: keeping(FIGURE_KEEPS),
  svg: keeping(FIGURE_KEEPS),
  pdf: keeping(FIGURE_KEEPS),
  png: keeping(FIGURE_KEEPS),
  tikz: keeping(FIGURE_KEEPS),
};

/** Formats whose losses are known (the critique report is a report on the map, not a copy of it). */
export const LOSS_FORMATS: readonly string[] = Object.keys(LOSSES);

/** What exporting this map as `formatId` leaves out (empty: nothing, or a format that is not a copy of the map). */
export const getExportLosses = (map: ArgumentMap, formatId: string): Loss[] => LOSSES[formatId]?.(map) ?? [];

/** "11 comments, 62 source anchors and 3 tags" ('' for none). */
export function listLosses(losses: readonly Loss[]): string {
  const items = losses.map((l) => l.text);
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What is gone from the file, and what only Warrant will read back from it. */
export const splitLosses = (losses: readonly Loss[]) => ({ lost: losses.filter((l) => !l.warrantOnly), warrantOnly: losses.filter((l) => l.warrantOnly) });

/**
 * One line for people, or undefined when the file keeps everything for every reader:
 *   "Markdown leaves out 11 comments and 3 tags; Warrant JSON keeps everything."
 *   "AIF (JSON) keeps 11 comments in fields only Warrant reads; other AIF tools ignore them."
 */
export function describeLosses(formatLabel: string, losses: readonly Loss[]): string | undefined {
  const { lost, warrantOnly } = splitLosses(losses);
  const only = warrantOnly.length ? `${listLosses(warrantOnly)} in fields only Warrant reads` : '';
  if (lost.length) return `${formatLabel} leaves out ${listLosses(lost)}${only && `, and keeps ${only}`}; Warrant JSON keeps everything.`;
  return only ? `${formatLabel} keeps ${only}; other tools ignore them.` : undefined;
}

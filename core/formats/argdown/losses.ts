import type { ArgumentMap } from '../../model/types';
import { type ContentKind, type Loss, lossesExcept } from '../content';

/**
 * What the Argdown export keeps beside the text and the graph: the title and description (in the
 * heading's data), kinds, colours and tags (`#tag`, the statement's data, or a heading for a
 * `## Section` tag), argument labels (`<id>: label`) and schemes (the inference line). Test:
 * test/core/formats/losses.test.ts reads the export back and checks each kind that is said to be
 * kept; test/core/formats/argdown.roundtrip.test.ts checks that the whole map comes back.
 */
export const ARGDOWN_KEEPS: readonly ContentKind[] = ['title', 'description', 'kinds', 'colors', 'tags', 'labels', 'argumentTags', 'schemes'];

/** The rest rides in `{warrant: …}` data that only Warrant reads (carry.ts): Argdown tools keep it as data and ignore it. */
export const ARGDOWN_CARRIES: readonly ContentKind[] = [
  'direction', 'placed', 'collapsed', 'answers', 'sources', 'anchors', 'comments', 'ratings', 'rounds', 'scenarios', 'walkthrough',
];

/** What an Argdown export of this map leaves out, or keeps only for Warrant. */
export const getArgdownLosses = (map: ArgumentMap): Loss[] => lossesExcept(map, ARGDOWN_KEEPS, ARGDOWN_CARRIES);

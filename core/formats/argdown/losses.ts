import type { ArgumentMap } from '../../model/types';
import { type ContentKind, type Loss, lossesExcept } from '../content';

/**
 * What the Argdown export keeps beside the text and the graph: the title and description (in the
 * heading's data), kinds, colours and tags (`#tag` or the statement's data), argument labels
 * (`<id>: label`) and schemes (the inference line). Test: test/core/formats/losses.test.ts reads
 * the export back and checks each kind that is said to be kept.
 */
export const ARGDOWN_KEEPS: readonly ContentKind[] = ['title', 'description', 'kinds', 'colors', 'tags', 'labels', 'schemes'];

/** What an Argdown export of this map leaves out. */
export const getArgdownLosses = (map: ArgumentMap): Loss[] => lossesExcept(map, ARGDOWN_KEEPS);

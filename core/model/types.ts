/**
 * The argument-map model: plain, readonly records shared by client, server and CLI.
 *
 * Vocabulary follows Argdown and AIF:
 * - a Statement is a proposition (AIF I-node);
 * - an Inference joins one or more premises (linked co-premises) to one target
 *   with a polarity: support (AIF RA-node) or attack (AIF CA-node);
 * - an Inference whose target is another Inference and whose polarity is attack is an
 *   undercut: it questions the step from premises to conclusion, not a statement.
 *
 * The records are defined once, as schemas, in ./records.ts; the map as a whole in ./mapSchema.ts.
 */

import type { WorkshopData } from '../workshop/types';
import type { Comment, Inference, LayoutDirection, Source, Statement } from './records';

export * from './records';
export type { CommentId, InferenceId, NodeId, SourceId, StatementId } from './ids';

export const MAP_SCHEMA = 'warrant-map';
/** The version of the map format this code writes; older documents are migrated on load (./migrations.ts). */
export const MAP_VERSION = 1;

export interface ArgumentMap {
  readonly schema: typeof MAP_SCHEMA;
  readonly version: typeof MAP_VERSION;
  readonly title: string;
  readonly description: string;
  readonly direction: LayoutDirection;
  readonly sources: readonly Source[];
  readonly statements: readonly Statement[];
  readonly inferences: readonly Inference[];
  readonly comments: readonly Comment[];
  /** Optional workshop data: ratings, rounds, what-if scenarios, the walkthrough (core/workshop). */
  readonly workshop?: WorkshopData;
}

/** A new, empty map. */
export function createEmptyMap(title = 'Untitled map'): ArgumentMap {
  return {
    schema: MAP_SCHEMA,
    version: MAP_VERSION,
    title,
    description: '',
    direction: 'TB',
    sources: [],
    statements: [],
    inferences: [],
    comments: [],
  };
}

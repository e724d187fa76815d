import * as Y from 'yjs';

/**
 * The only code that knows how a map is laid out in a Y.Doc:
 * - `meta`        Y.Map: title, description, direction
 * - `statements`  Y.Map<id, Y.Map>: text (Y.Text, so concurrent typing merges), kind, tags,
 *                 anchors, color, position (one value: x and y never diverge), pinned, collapsed
 * - `inferences`, `comments`, `sources`: Y.Map<id, plain object> (small, replaced whole)
 */
export const META = 'meta';
export const STATEMENTS = 'statements';
export const INFERENCES = 'inferences';
export const COMMENTS = 'comments';
export const SOURCES = 'sources';

export interface DocParts {
  readonly meta: Y.Map<unknown>;
  readonly statements: Y.Map<Y.Map<unknown>>;
  readonly inferences: Y.Map<unknown>;
  readonly comments: Y.Map<unknown>;
  readonly sources: Y.Map<unknown>;
}

export function getDocParts(doc: Y.Doc): DocParts {
  return {
    meta: doc.getMap(META),
    statements: doc.getMap(STATEMENTS),
    inferences: doc.getMap(INFERENCES),
    comments: doc.getMap(COMMENTS),
    sources: doc.getMap(SOURCES),
  };
}

/** Named transaction origins; the undo manager tracks only LOCAL_ORIGIN. */
export const LOCAL_ORIGIN = 'warrant:local';
export const SEED_ORIGIN = 'warrant:seed';
export const RESTORE_ORIGIN = 'warrant:restore';

import type { ArgumentMap, Comment, CommentId, InferenceId, Inference, LayoutDirection, Position, Source, SourceId, Statement, StatementId } from '../model/types';

/**
 * Edit operations: the only way the shared map changes. Each user action produces a list
 * of these, applied in one transaction (so it is one undo step).
 */
export type MapOp =
  | { readonly type: 'addStatement'; readonly statement: Statement }
  | { readonly type: 'updateStatement'; readonly id: StatementId; readonly patch: StatementPatch }
  | { readonly type: 'setStatementText'; readonly id: StatementId; readonly text: string }
  | { readonly type: 'removeStatement'; readonly id: StatementId }
  | { readonly type: 'moveStatements'; readonly positions: Readonly<Record<string, Position>>; readonly pinned?: boolean }
  | { readonly type: 'addInference'; readonly inference: Inference }
  | { readonly type: 'updateInference'; readonly id: InferenceId; readonly patch: InferencePatch }
  | { readonly type: 'removeInference'; readonly id: InferenceId }
  | { readonly type: 'addComment'; readonly comment: Comment }
  | { readonly type: 'updateComment'; readonly id: CommentId; readonly patch: CommentPatch }
  | { readonly type: 'removeComment'; readonly id: CommentId }
  | { readonly type: 'addSource'; readonly source: Source }
  | { readonly type: 'removeSource'; readonly id: SourceId }
  | { readonly type: 'setMeta'; readonly patch: MetaPatch };

export type StatementPatch = Partial<Pick<Statement, 'kind' | 'tags' | 'anchors' | 'color' | 'position' | 'pinned' | 'collapsed'>>;
export type InferencePatch = Partial<Pick<Inference, 'premises' | 'target' | 'polarity' | 'label' | 'scheme' | 'tags'>>;
/** A comment moves (`target`) when what it is about is merged into another record (join). */
export type CommentPatch = Partial<Pick<Comment, 'text' | 'resolved' | 'target'>>;
export type MetaPatch = Partial<{ title: string; description: string; direction: LayoutDirection }>;

/** The ops that add a whole map's content (used to seed a room or import into an open map). */
export function opsForMap(map: ArgumentMap, withMeta = true): MapOp[] {
  return [
    ...(withMeta ? [{ type: 'setMeta', patch: { title: map.title, description: map.description, direction: map.direction } } as const] : []),
    ...map.sources.map((source) => ({ type: 'addSource', source }) as const),
    ...map.statements.map((statement) => ({ type: 'addStatement', statement }) as const),
    ...map.inferences.map((inference) => ({ type: 'addInference', inference }) as const),
    ...map.comments.map((comment) => ({ type: 'addComment', comment }) as const),
  ];
}

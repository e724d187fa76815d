import { type CommentId, type InferenceId, type StatementId, asCommentId, asInferenceId, asStatementId } from '../../core/model';

/** A short random id for new records, readable in files (`s-k3x9q2`). */
export function newId(prefix: string): string {
  const a = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${a[0].toString(36)}${a[1].toString(36).slice(0, 3)}`;
}

/** A new statement's id (`s-…`). */
export const newStatementId = (): StatementId => asStatementId(newId('s'));
/** A new inference's id (`i-…`). */
export const newInferenceId = (): InferenceId => asInferenceId(newId('i'));
/** A new comment's id (`c-…`). */
export const newCommentId = (): CommentId => asCommentId(newId('c'));

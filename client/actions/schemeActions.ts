import type { Inference } from '../../core/model';
import { getAnswerOps } from '../../core/schemes';
import type { ActionContext } from './action';
import { newInferenceId, newStatementId } from './ids';
import { placeBesideRelatives } from './placement';

/** Sets (or with '' clears) the argumentation scheme of an inference. */
export function setScheme(ctx: ActionContext, inference: Inference, scheme: string): void {
  const refused = ctx.store.dispatch([{ type: 'updateInference', id: inference.id, patch: { scheme: scheme || undefined } }]);
  if (refused) ctx.notify(refused);
}

/**
 * Answers a critical question in one step: a new statement with the question's draft wording,
 * attacking the step (undercut) or its conclusion (rebuttal), linked to the question, placed next
 * to what it attacks, selected and open for typing.
 */
export function answerCriticalQuestion(ctx: ActionContext, inference: Inference, questionId: string): void {
  const ids = { statement: newStatementId(), inference: newInferenceId() };
  const draft = getAnswerOps(inference, questionId, ids);
  if (!draft.length) return;
  const { map } = ctx.store.state.getState();
  const added = draft.flatMap((op) => (op.type === 'addStatement' ? [op.statement] : []));
  const links = draft.flatMap((op) => (op.type === 'addInference' ? [op.inference] : []));
  const withNew = { ...map, statements: [...map.statements, ...added], inferences: [...map.inferences, ...links] };
  const position = placeBesideRelatives(map, withNew, ids.statement, ctx.viewCenter, ctx.sizeOf);
  const ops = draft.map((op) => (op.type === 'addStatement' ? { ...op, statement: { ...op.statement, position } } : op));
  const refused = ctx.store.dispatch(ops);
  if (refused) return ctx.notify(refused);
  ctx.store.state.setState({ selected: new Set([ids.statement]), editingId: ids.statement });
  ctx.store.centerOn(ids.statement);
}

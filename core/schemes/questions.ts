/**
 * Critical questions of the schemes the map's inferences use: which are answered (an attack in the
 * map carries `answers` pointing at the question), which are still open, and the edit that answers
 * one in a single step.
 *   Inference i1 (expert-opinion) with an undercut u answering cq2 → cq2 answered, cq1 and cq3–cq6 open.
 */
import type { ArgumentMap, Inference, InferenceId, Statement, StatementId } from '../model/types';
import type { MapOp } from '../ops/ops';
import { type CriticalQuestion, type Scheme, getScheme } from './catalogue';

export interface QuestionStatus {
  readonly question: CriticalQuestion;
  /** The attacks in the map that answer it (empty while it is open). */
  readonly answeredBy: readonly Inference[];
}

/** The scheme of an inference and the status of each of its critical questions (undefined without a catalogue scheme). */
export function getQuestionStatus(map: Pick<ArgumentMap, 'inferences'>, inference: Inference): { scheme: Scheme; questions: QuestionStatus[] } | undefined {
  const scheme = getScheme(inference.scheme);
  if (!scheme) return undefined;
  const answers = map.inferences.filter((i) => i.answers?.inference === inference.id);
  return { scheme, questions: scheme.questions.map((question) => ({ question, answeredBy: answers.filter((a) => a.answers!.question === question.id) })) };
}

export interface OpenQuestion {
  readonly inference: Inference;
  readonly scheme: Scheme;
  readonly question: CriticalQuestion;
}

/** Every critical question no attack in the map answers yet, inference by inference. */
export function getOpenQuestions(map: Pick<ArgumentMap, 'inferences'>): OpenQuestion[] {
  return map.inferences.flatMap((inference) => {
    const status = getQuestionStatus(map, inference);
    return status ? status.questions.filter((q) => !q.answeredBy.length).map((q) => ({ inference, scheme: status.scheme, question: q.question })) : [];
  });
}

/**
 * The ops that answer a critical question: a new statement (the question's draft wording, for the
 * person to edit) attacking the inference (undercut) or its conclusion (rebuttal), linked to the question.
 */
export function getAnswerOps(
  inference: Inference,
  questionId: string,
  ids: { readonly statement: StatementId; readonly inference: InferenceId },
  fields: Partial<Statement> = {},
): MapOp[] {
  const question = getScheme(inference.scheme)?.questions.find((q) => q.id === questionId);
  if (!question) return [];
  const statement: Statement = { id: ids.statement, text: question.draft, kind: 'claim', tags: [], anchors: [], ...fields };
  const target = question.answer === 'undercut' ? inference.id : inference.target;
  return [
    { type: 'addStatement', statement },
    { type: 'addInference', inference: { id: ids.inference, premises: [ids.statement], target, polarity: 'attack', answers: { inference: inference.id, question: question.id } } },
  ];
}

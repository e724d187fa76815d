/// <reference lib="webworker" />
import type { ArgumentMap } from '../../core/model';
import { type EvaluationOutcome, type EvaluationRequest, type PlainLabelling, computeEvaluation, toPlain } from './computeEvaluation';

/** Evaluates big maps off the main thread, so typing never waits for the labelling. */
export interface WorkerRequest extends EvaluationRequest {
  readonly id: number;
  readonly map: ArgumentMap;
}

export interface WorkerReply {
  readonly id: number;
  readonly labellings: readonly PlainLabelling[];
  readonly semantics: EvaluationRequest['semantics'];
  readonly error?: string;
  readonly acceptance?: EvaluationOutcome['acceptance'];
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, map, ...request } = e.data;
  const outcome = computeEvaluation(map, request);
  const reply: WorkerReply = { id, labellings: outcome.labellings.map(toPlain), semantics: outcome.semantics, ...(outcome.error && { error: outcome.error }), ...(outcome.acceptance && { acceptance: outcome.acceptance }) };
  (self as unknown as Worker).postMessage(reply);
};

import type { ArgumentMap } from '../../core/model';
import { type EvaluationOutcome, type EvaluationRequest, computeEvaluation, fromPlain } from './computeEvaluation';
import type { WorkerReply, WorkerRequest } from './evalWorker';

/** Above this many statements the evaluation runs in a Web Worker. */
export const WORKER_THRESHOLD = 300;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: WorkerReply) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./evalWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** Evaluates on this thread for small maps, in the worker for big ones. */
export function evaluateAsync(map: ArgumentMap, request: EvaluationRequest): Promise<EvaluationOutcome> {
  if (map.statements.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(computeEvaluation(map, request));
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, (reply) => resolve({ labellings: reply.labellings.map(fromPlain), semantics: reply.semantics, ...(reply.error && { error: reply.error }), ...(reply.acceptance && { acceptance: reply.acceptance }) }));
    const message: WorkerRequest = { id, map, semantics: request.semantics, accept: [...request.accept], reject: [...request.reject] };
    getWorker().postMessage(message);
  });
}

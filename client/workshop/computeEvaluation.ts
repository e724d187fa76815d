import { type ArgumentMap, getNodeId, getRelations } from '../../core/model';
import { type Acceptance, EvaluationError, type Label, type Labelling, type Semantics, acceptance, evaluate } from '../../core/semantics';

export interface EvaluationRequest {
  readonly semantics: Semantics;
  readonly accept: readonly string[];
  readonly reject: readonly string[];
}

export interface EvaluationOutcome {
  readonly labellings: readonly Labelling[];
  readonly semantics: Semantics;
  readonly error?: string;
  /**
   * When preferred / stable has too many outcomes to list: per statement, IN in every, some or
   * no outcome (computed without listing them), beside the grounded labelling.
   */
  readonly acceptance?: readonly (readonly [string, Acceptance])[];
}

/** A labelling as structured-clone-friendly arrays (for the worker's messages). */
export interface PlainLabelling {
  readonly statements: readonly (readonly [string, Label])[];
  readonly inferences: readonly (readonly [string, Label])[];
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
}

export const toPlain = (l: Labelling): PlainLabelling => ({ statements: [...l.statements], inferences: [...l.inferences], accepted: l.accepted, rejected: l.rejected });
export const fromPlain = (l: PlainLabelling): Labelling => ({ statements: new Map(l.statements), inferences: new Map(l.inferences), accepted: l.accepted, rejected: l.rejected });

/**
 * Evaluates a map for the canvas. What-if ids the map no longer has are skipped (a statement
 * may have been deleted by someone else since it was chosen). When preferred or stable
 * semantics would list too many outcomes, the grounded labelling comes back with the reason,
 * and with each statement's acceptance (IN in every / some / no outcome) when that can be settled.
 */
export function computeEvaluation(map: ArgumentMap, request: EvaluationRequest): EvaluationOutcome {
  const relations = getRelations(map);
  const known = (id: string) => getNodeId(relations, id) !== undefined;
  const accept = request.accept.filter((id) => known(id));
  const reject = request.reject.filter((id) => known(id) && !accept.includes(id));
  try {
    const result = evaluate(map, { semantics: request.semantics, accept, reject });
    return { labellings: Array.isArray(result) ? result : [result], semantics: request.semantics };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    const grounded = { labellings: [evaluate(map, { accept, reject })], semantics: 'grounded' as const, error: e.message };
    if (request.semantics === 'grounded') return grounded;
    try {
      return { ...grounded, acceptance: [...acceptance(map, { semantics: request.semantics, accept, reject }).statements] };
    } catch (again) {
      if (!(again instanceof EvaluationError)) throw again;
      return grounded;
    }
  }
}

import type { ArgumentMap, Id } from '../model/types';
import { type SearchLimits, searchLabellings } from './complete';
import { groundedLabels } from './grounded';
import { compileProgram } from './program';

/**
 * Evaluating a map: which statements stand (IN), fall (OUT) or stay open (UNDEC).
 * The rules are in program.ts; the same examples, with pictures, are in docs/semantics.md.
 * Worked examples ("a ⇠ b": b attacks a; grounded unless said):
 *
 * 1. Reinstatement. “Repair the bridge” (a) ⇠ “The budget is spent” (b) ⇠ “Reserves were
 *    found” (c). Nothing attacks c: IN. b is attacked by c, which is IN: OUT. a's only
 *    attacker is OUT: IN again.
 * 2. Linked premises. b and c together support a; d attacks c. c is OUT, so the inference
 *    (it needs all its premises) is OUT, and a, supported only by it, is OUT.
 * 3. Undercut. e supports a through inference i; u undercuts i. i is OUT, so a is OUT,
 *    though e stays IN. Then v undercuts u's inference: u's objection no longer carries,
 *    i is IN again and so is a.
 * 4. Mutual attack. a and b attack each other. Grounded leaves both UNDEC; preferred and
 *    stable give two outcomes: a IN, b OUT, and a OUT, b IN.
 * 5. Odd cycle. a attacks b, b attacks c, c attacks a. Grounded: all UNDEC; preferred: one
 *    outcome, all UNDEC; stable: no outcome at all.
 * 6. Floating reinstatement. a and b attack each other and both attack c; c attacks d.
 *    Grounded: all UNDEC. Preferred: {a, d} and {b, d}; whoever wins, c is OUT and d IN.
 * 7. Circular support. a supports b and b supports a, nothing else: both OUT, because
 *    nothing outside the circle holds them up.
 * 8. What-if. In 4, accept a: a IN and b OUT even in grounded. In 1, reject c: b IN, a OUT.
 */

export type Label = 'IN' | 'OUT' | 'UNDEC';
export type Semantics = 'grounded' | 'preferred' | 'stable';
export const SEMANTICS: readonly Semantics[] = ['grounded', 'preferred', 'stable'];

export interface Labelling {
  readonly statements: ReadonlyMap<Id, Label>;
  readonly inferences: ReadonlyMap<Id, Label>;
  /** The what-if choices the labelling was computed under. */
  readonly accepted: readonly Id[];
  readonly rejected: readonly Id[];
}

export interface EvaluateOptions {
  readonly semantics?: Semantics;
  /** Statements (or inferences) taken as given, whatever attacks them. */
  readonly accept?: readonly Id[];
  /** Statements (or inferences) taken as not holding. */
  readonly reject?: readonly Id[];
  readonly limits?: Partial<SearchLimits>;
}

export const DEFAULT_LIMITS: SearchLimits = { maxSteps: 20_000, maxResults: 500, maxMs: 10_000 };

const NAMES: Record<number, Label> = { 1: 'IN', 2: 'OUT', 3: 'UNDEC' };

/** Labels a map: one grounded labelling, or every preferred / stable one (throws EvaluationError when too many). */
export function evaluate(map: ArgumentMap, options: EvaluateOptions & { semantics: 'preferred' | 'stable' }): Labelling[];
export function evaluate(map: ArgumentMap, options?: EvaluateOptions & { semantics?: 'grounded' }): Labelling;
export function evaluate(map: ArgumentMap, options?: EvaluateOptions): Labelling | Labelling[];
export function evaluate(map: ArgumentMap, options: EvaluateOptions = {}): Labelling | Labelling[] {
  const accepted = options.accept ?? [];
  const rejected = options.reject ?? [];
  const program = compileProgram(map, accepted, rejected);
  const grounded = groundedLabels(program);
  const toLabelling = (labels: Uint8Array): Labelling => {
    const named = (from: number, to: number) => new Map(program.ids.slice(from, to).map((id, k) => [id, NAMES[labels[from + k]]]));
    return {
      statements: named(0, program.statementCount),
      inferences: named(program.statementCount, program.ids.length),
      accepted,
      rejected,
    };
  };
  const semantics = options.semantics ?? 'grounded';
  if (semantics === 'grounded') return toLabelling(grounded);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return searchLabellings(program, semantics, grounded, limits).map(toLabelling);
}

/** The statements with the given label, in map order. */
export const statementsLabelled = (labelling: Labelling, label: Label): Id[] =>
  [...labelling.statements].filter(([, l]) => l === label).map(([id]) => id);

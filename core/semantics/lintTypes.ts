import type { ArgumentMap, Id, Inference, Statement } from '../model/types';

export type Severity = 'info' | 'warning';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The statement (or, for a step between statements, the inference) the finding is about. */
  readonly target: Id;
  /** The other statements involved: the members of a circle, the premises of an objection, the two ends of a step. */
  readonly related?: readonly Id[];
  readonly message: string;
}

/** What every rule may look at, indexed once. */
export interface LintContext {
  readonly map: ArgumentMap;
  readonly statements: ReadonlyMap<Id, Statement>;
  readonly inferences: ReadonlyMap<Id, Inference>;
  /** Inferences by what they aim at (a statement or an inference). */
  readonly into: ReadonlyMap<Id, readonly Inference[]>;
  /** Inferences by the statements they use as premises. */
  readonly usedBy: ReadonlyMap<Id, readonly Inference[]>;
}

export interface LintRule {
  readonly id: string;
  readonly severity: Severity;
  /** One line for documentation and `--help`. */
  readonly summary: string;
  check(context: LintContext): Omit<Finding, 'rule' | 'severity'>[];
}

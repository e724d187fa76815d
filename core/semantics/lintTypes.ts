import type { ArgumentMap, Id } from '../model/types';
import type { Relations } from '../model/relations';

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

/** What every rule may look at: the map and its relations index (core/model/relations). */
export interface LintContext extends Relations {
  readonly map: ArgumentMap;
}

export interface LintRule {
  readonly id: string;
  readonly severity: Severity;
  /** One line for documentation and `--help`. */
  readonly summary: string;
  check(context: LintContext): Omit<Finding, 'rule' | 'severity'>[];
}

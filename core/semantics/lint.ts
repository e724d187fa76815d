import type { ArgumentMap } from '../model/types';
import { getRelations } from '../model/relations';
import { lintRules } from './lintRules';
import type { Finding, LintContext } from './lintTypes';

export type { Finding, LintContext, LintRule, Severity } from './lintTypes';

/**
 * Critique checks: questions a facilitator would ask of a map, written for the participants.
 * They judge the shape of the argument, not its truth. Worked examples (rules in lintRules.ts):
 *
 * - thesis “We should build the tram” with nothing supporting it → unsupported-claim (warning);
 * - “It costs too much” attacks the thesis and nothing answers it → unanswered-objection (info);
 * - “Ridership will grow” supports “The tram pays off”, which supports “Ridership will grow”
 *   → circular-support, reported once for the circle with both ids (warning);
 * - “Trains are full” alone supports “We need more trains” → hidden-assumption (info),
 *   suggesting: if “Trains are full”, then “We need more trains”;
 * - a note nobody links to is fine; a claim nobody links to → isolated-statement (info);
 * - with sources loaded, a claim without an anchor → unanchored-statement (info);
 * - a statement tagged `framing`, or with an open comment starting “Framing:” → framing (warning);
 * - an inference with scheme `expert-opinion` and no attack linked to its questions
 *   → unanswered-critical-question (info), listing its six critical questions.
 */

/** Every finding of every rule, rule by rule in the order of lintRules, each in map order. */
export function lint(map: ArgumentMap): Finding[] {
  const context: LintContext = { ...getRelations(map), map };
  return lintRules.flatMap((rule) => rule.check(context).map((f) => ({ rule: rule.id, severity: rule.severity, ...f })));
}

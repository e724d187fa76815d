import type { ArgumentMap } from '../model/types';
import type { Rating, Round, Scenario, Walkthrough } from '../workshop/types';
import { checkRating, checkRound, checkScenario, checkWalkthrough, type WorkshopIssue } from '../workshop/validate';

/**
 * Workshop edits: ratings, rounds, what-if scenarios and the walkthrough. They live beside the
 * map in the document (core/sync/workshop.ts applies them) and are not map edits: they carry
 * their own origin, so nobody's Ctrl+Z undoes a rating or a round. Like map ops they are checked
 * where they are made (checkWorkshopOps) and refused with a message, never written and repaired.
 */
export type WorkshopOp =
  | { readonly type: 'setRating'; readonly rating: Rating }
  | { readonly type: 'removeRating'; readonly participant: string; readonly target: string; readonly round?: string }
  | { readonly type: 'putRound'; readonly round: Round }
  | { readonly type: 'putScenario'; readonly scenario: Scenario }
  | { readonly type: 'removeScenario'; readonly id: string }
  | { readonly type: 'setWalkthrough'; readonly walkthrough: Walkthrough | undefined };

/** Why these workshop ops would store an invalid record for this map (undefined when they would not). */
export function checkWorkshopOps(map: ArgumentMap, ops: readonly WorkshopOp[]): string | undefined {
  const refs = { statements: new Set(map.statements.map((s) => s.id)), inferences: new Set(map.inferences.map((i) => i.id)) };
  const rounds = new Set(map.workshop?.rounds.map((r) => r.id));
  const issues: WorkshopIssue[] = [];
  for (const op of ops) {
    if (op.type === 'putRound') {
      checkRound(op.round, 'round', issues);
      rounds.add(op.round.id);
    } else if (op.type === 'setRating') checkRating(op.rating, 'rating', refs, rounds, issues);
    else if (op.type === 'putScenario') checkScenario(op.scenario, 'scenario', refs, issues);
    else if (op.type === 'setWalkthrough' && op.walkthrough) checkWalkthrough(op.walkthrough, 'walkthrough', refs, issues);
    if (issues.length > 0) return `Not saved: ${issues[0].path} ${issues[0].message}.`;
  }
  return undefined;
}

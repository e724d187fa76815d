import { type RatingScope, type WorkshopData, getOpenRound } from '../../core/workshop';
import type { ScopeChoice } from './workshopUi';

/** The ratings a scope choice counts, now: 'auto' follows the open round, else everyone's latest. */
export function resolveScope(choice: ScopeChoice, workshop: WorkshopData | undefined): RatingScope {
  if (choice === 'latest' || choice === 'free') return choice;
  if (choice.startsWith('round:')) {
    const id = choice.slice('round:'.length);
    if (workshop?.rounds.some((r) => r.id === id)) return { round: id };
  }
  const open = getOpenRound(workshop);
  return open ? { round: open.id } : 'latest';
}

/** Words for a scope, for headings: "Round 2 (open)", "everyone's latest rating". */
export function describeScope(scope: RatingScope, workshop: WorkshopData | undefined): string {
  if (scope === 'latest') return 'everyone’s latest rating';
  if (scope === 'free') return 'ratings outside rounds';
  const round = workshop?.rounds.find((r) => r.id === scope.round);
  return round ? `${round.name} (${round.closedAt ? 'closed' : 'open'})` : 'a round';
}

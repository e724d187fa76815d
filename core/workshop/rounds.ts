import type { Round, Scenario, WorkshopData } from './types';

/**
 * Rounds and scenarios: the small rules around them.
 *
 *   getOpenRound({ rounds: [{ id: 'r1', name: 'Before', openedAt, closedAt }, { id: 'r2', name: 'After', openedAt }] })
 *   → the round "After": ratings given now count in it
 *   getRoundVersionName({ name: 'After' }) → 'Round: After' (the saved version closing it)
 */

/** The round ratings go into now: the most recently opened one not yet closed (two facilitators may race). */
export function getOpenRound(workshop: Pick<WorkshopData, 'rounds'> | undefined): Round | undefined {
  return [...(workshop?.rounds ?? [])]
    .filter((r) => !r.closedAt)
    .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt))[0];
}

/** A new open round. */
export const createRound = (id: string, name: string, now: Date = new Date()): Round => ({ id, name: name.trim().slice(0, 200) || 'Round', openedAt: now.toISOString() });

/** The round, closed. */
export const closeRound = (round: Round, now: Date = new Date()): Round => ({ ...round, closedAt: now.toISOString() });

/** The name of the version saved when a round closes. */
export const getRoundVersionName = (round: Pick<Round, 'name'>): string => `Round: ${round.name}`.slice(0, 200);

/** A default name for the next round: "Round 1", "Round 2", … */
export const getNextRoundName = (workshop: Pick<WorkshopData, 'rounds'> | undefined): string => `Round ${(workshop?.rounds.length ?? 0) + 1}`;

/** A scenario from the current what-if choices. */
export function createScenario(fields: { id: string; name: string; accept: readonly string[]; reject: readonly string[]; author: string }, now: Date = new Date()): Scenario {
  return { ...fields, name: fields.name.trim().slice(0, 200) || 'What-if', author: fields.author.slice(0, 200) || 'Guest', createdAt: now.toISOString() };
}

/** A scenario's choices restricted to what the map still has (statements may have been removed since). */
export function getLiveChoices(scenario: Pick<Scenario, 'accept' | 'reject'>, has: (id: string) => boolean): { accept: string[]; reject: string[] } {
  return { accept: scenario.accept.filter(has), reject: scenario.reject.filter(has) };
}

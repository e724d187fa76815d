import { type Rating, type Round, type WorkshopData, MAX_CONFIDENCE } from './types';

/**
 * What the room thinks, from individual ratings. Each rating becomes a signed value: agree
 * +confidence/5, disagree −confidence/5; strong +1, weak −1. Consensus is their mean (−1 all
 * disagree … +1 all agree), controversy their spread (standard deviation, 0 … 1).
 *
 *   agree 5, agree 5               → consensus  1.0, controversy 0.0
 *   agree 5, disagree 5            → consensus  0.0, controversy 1.0  (the room is split)
 *   agree 3, disagree 1, agree 4   → consensus  0.4, controversy 0.43
 */

export interface RatingSummary {
  readonly target: string;
  readonly count: number;
  readonly agree: number;
  readonly disagree: number;
  readonly strong: number;
  readonly weak: number;
  /** Mean confidence of the statement ratings that give one; null when none does. */
  readonly meanConfidence: number | null;
  readonly consensus: number;
  readonly controversy: number;
}

/** Which ratings to count: one round's, those given outside rounds, or each person's latest. */
export type RatingScope = { readonly round: string } | 'free' | 'latest';

/** Confidence assumed for a statement rating that gives none. */
const DEFAULT_CONFIDENCE = 3;

/** A rating as a number from −1 to +1. */
export function getRatingValue(r: Rating): number {
  if (r.strength) return r.strength === 'strong' ? 1 : -1;
  const weight = (r.confidence ?? DEFAULT_CONFIDENCE) / MAX_CONFIDENCE;
  return r.stance === 'disagree' ? -weight : weight;
}

/** The ratings a scope counts (for 'latest': each participant's newest rating of each target). */
export function selectRatings(ratings: readonly Rating[], scope: RatingScope): Rating[] {
  if (scope === 'free') return ratings.filter((r) => !r.round);
  if (scope !== 'latest') return ratings.filter((r) => r.round === scope.round);
  const newest = new Map<string, Rating>();
  for (const r of ratings) {
    const key = `${r.participant}|${r.target}`;
    const seen = newest.get(key);
    if (!seen || Date.parse(r.at) >= Date.parse(seen.at)) newest.set(key, r);
  }
  return [...newest.values()];
}

/** Consensus and controversy of one target's ratings. */
export function summarizeRatings(target: string, ratings: readonly Rating[]): RatingSummary {
  const values = ratings.map(getRatingValue);
  const n = values.length;
  const mean = n ? values.reduce((a, b) => a + b, 0) / n : 0;
  const spread = n ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / n) : 0;
  const confidences = ratings.filter((r) => r.stance && r.confidence !== undefined).map((r) => r.confidence!);
  const count = (pick: (r: Rating) => boolean) => ratings.filter(pick).length;
  return {
    target,
    count: n,
    agree: count((r) => r.stance === 'agree'),
    disagree: count((r) => r.stance === 'disagree'),
    strong: count((r) => r.strength === 'strong'),
    weak: count((r) => r.strength === 'weak'),
    meanConfidence: confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null,
    consensus: round2(mean),
    controversy: round2(Math.min(1, spread)),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100 || 0;

/** One summary per rated target, for the ratings a scope counts. */
export function aggregateRatings(ratings: readonly Rating[], scope: RatingScope = 'latest'): Map<string, RatingSummary> {
  const byTarget = new Map<string, Rating[]>();
  for (const r of selectRatings(ratings, scope)) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  return new Map([...byTarget].map(([target, list]) => [target, summarizeRatings(target, list)]));
}

/** "5 agree, 2 disagree, mean confidence 3.4" or "3 strong, 1 weak": counts, never names. */
export function describeSummary(s: RatingSummary): string {
  if (s.count === 0) return 'no ratings yet';
  const parts: string[] = [];
  if (s.agree || s.disagree) parts.push(`${s.agree} agree`, `${s.disagree} disagree`);
  if (s.strong || s.weak) parts.push(`${s.strong} strong`, `${s.weak} weak`);
  if (s.meanConfidence !== null) parts.push(`mean confidence ${s.meanConfidence.toFixed(1)}`);
  return parts.join(', ');
}

/** A split room: at least two ratings, spread over both sides. */
export const isControversial = (s: RatingSummary): boolean => s.count >= 2 && s.controversy >= 0.5;

/** A word for a consensus value, for screen readers and reports. */
export function describeConsensus(consensus: number): string {
  if (consensus >= 0.6) return 'broad agreement';
  if (consensus >= 0.2) return 'leaning agree';
  if (consensus > -0.2) return 'divided or neutral';
  if (consensus > -0.6) return 'leaning disagree';
  return 'broad disagreement';
}

export interface RoundComparison {
  readonly rounds: readonly Round[];
  /** Targets rated in any of the rounds, in first-rated order, with one summary per round (absent: not rated then). */
  readonly rows: readonly { readonly target: string; readonly byRound: ReadonlyMap<string, RatingSummary> }[];
}

/** Results of every round side by side (rounds in the order they were opened). */
export function compareRounds(workshop: WorkshopData): RoundComparison {
  const rounds = [...workshop.rounds].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt));
  const perRound = new Map(rounds.map((r) => [r.id, aggregateRatings(workshop.ratings, { round: r.id })]));
  const targets = [...new Set(workshop.ratings.filter((r) => r.round && perRound.has(r.round)).map((r) => r.target))];
  return {
    rounds,
    rows: targets.map((target) => ({
      target,
      byRound: new Map(rounds.flatMap((r) => {
        const s = perRound.get(r.id)!.get(target);
        return s ? [[r.id, s] as const] : [];
      })),
    })),
  };
}

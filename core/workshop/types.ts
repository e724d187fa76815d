/**
 * Workshop data: what a group adds to a map while it critiques it together. It lives beside
 * the map's content (in the file's optional `workshop` field and in its own part of the
 * shared document) and never changes the argument itself.
 *
 * This file imports nothing, so the map model can name these types without an import cycle.
 */

/** A statement rating: does the participant agree? */
export const STANCES = ['agree', 'disagree'] as const;
export type Stance = (typeof STANCES)[number];

/** An inference rating: how strongly do the premises carry the conclusion? */
export const STRENGTHS = ['strong', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const MIN_CONFIDENCE = 1;
export const MAX_CONFIDENCE = 5;

/**
 * One participant's rating of one statement (stance + confidence 1–5) or one inference
 * (strength). A participant has at most one rating per target per round.
 */
export interface Rating {
  /** A stable random id chosen by the participant's browser. */
  readonly participant: string;
  /** The participant's display name when they rated (the UI shows counts, not names, by default). */
  readonly name?: string;
  /** A statement id or an inference id. */
  readonly target: string;
  /** The round the rating was given in; absent outside rounds. */
  readonly round?: string;
  readonly stance?: Stance;
  readonly confidence?: number;
  readonly strength?: Strength;
  /** ISO 8601 time. */
  readonly at: string;
}

/** A rating round opened (and later closed) by the facilitator. */
export interface Round {
  readonly id: string;
  readonly name: string;
  readonly openedAt: string;
  readonly closedAt?: string;
}

/** One stop of a walkthrough: a statement and what the facilitator wants to say about it. */
export interface WalkthroughStep {
  readonly statement: string;
  readonly note: string;
}

export interface Walkthrough {
  readonly steps: readonly WalkthroughStep[];
  /** Who recorded it (a display name), when known. */
  readonly author?: string;
  readonly updatedAt: string;
}

/** A named what-if: statements (or inferences) taken as accepted or rejected. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly accept: readonly string[];
  readonly reject: readonly string[];
  readonly author: string;
  readonly createdAt: string;
}

export interface WorkshopData {
  readonly ratings: readonly Rating[];
  readonly rounds: readonly Round[];
  readonly scenarios: readonly Scenario[];
  readonly walkthrough?: Walkthrough;
}

export const WORKSHOP_FIELDS = ['ratings', 'rounds', 'scenarios', 'walkthrough'] as const;

/** Workshop data with nothing in it. */
export const createEmptyWorkshop = (): WorkshopData => ({ ratings: [], rounds: [], scenarios: [] });

/** True when there is nothing worth writing to a file. */
export const isEmptyWorkshop = (w: WorkshopData | undefined): boolean =>
  !w || (w.ratings.length === 0 && w.rounds.length === 0 && w.scenarios.length === 0 && !w.walkthrough);

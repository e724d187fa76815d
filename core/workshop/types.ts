import { Type } from '@sinclair/typebox';
import { type RecordOf, fieldsOf } from '../model/schemaCheck';
import { DateSchema, IdSchema, OneOf, RefSchema } from '../model/records';
import { MAX_NAME, MAX_NOTE } from '../model/limits';

/**
 * Workshop data: what a group adds to a map while it critiques it together. It lives beside
 * the map's content (in the file's optional `workshop` field and in its own part of the
 * shared document) and never changes the argument itself.
 *
 * Like the map's records, each is defined once as a schema (type, check, JSON Schema);
 * core/workshop/validate.ts adds the rules between records.
 */

/** A statement rating: does the participant agree? */
export const STANCES = ['agree', 'disagree'] as const;
export type Stance = (typeof STANCES)[number];

/** An inference rating: how strongly do the premises carry the conclusion? */
export const STRENGTHS = ['strong', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const MIN_CONFIDENCE = 1;
export const MAX_CONFIDENCE = 5;

const Name = Type.String({ minLength: 1, maxLength: MAX_NAME });

/**
 * One participant's rating of one statement (stance + confidence 1–5) or one inference
 * (strength). A participant has at most one rating per target per round.
 */
export const RatingSchema = Type.Object(
  {
    participant: Type.String({ ...IdSchema, description: 'The participant id, derived from a secret key the participant\'s browser keeps (core/policy/participant): only its holder may change this rating with a comment link.' }),
    name: Type.Optional(Type.String({ maxLength: MAX_NAME, description: 'The display name when they rated (the UI shows counts, not names, by default).' })),
    target: RefSchema,
    round: Type.Optional(RefSchema),
    stance: Type.Optional(OneOf(STANCES)),
    confidence: Type.Optional(Type.Integer({
      minimum: MIN_CONFIDENCE, maximum: MAX_CONFIDENCE, errorMessage: `must be a whole number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}`,
    })),
    strength: Type.Optional(OneOf(STRENGTHS)),
    at: DateSchema,
  },
  { additionalProperties: false, description: 'A rating of a statement (stance, confidence) or of an inference (strength), in a round or outside rounds.' },
);

/** A rating round opened (and later closed) by the facilitator. */
export const RoundSchema = Type.Object(
  { id: IdSchema, name: Name, openedAt: DateSchema, closedAt: Type.Optional(DateSchema) },
  { additionalProperties: false },
);

/** One stop of a walkthrough: a statement and what the facilitator wants to say about it. */
export const WalkthroughStepSchema = Type.Object(
  { statement: RefSchema, note: Type.Optional(Type.String({ maxLength: MAX_NOTE })) },
  { additionalProperties: false },
);

export const WalkthroughSchema = Type.Object(
  {
    steps: Type.Array(WalkthroughStepSchema),
    author: Type.Optional(Type.String({ maxLength: MAX_NAME, description: 'Who recorded it (a display name), when known.' })),
    updatedAt: DateSchema,
  },
  { additionalProperties: false },
);

/** A named what-if: statements (or inferences) taken as accepted or rejected. */
export const ScenarioSchema = Type.Object(
  {
    id: IdSchema,
    name: Name,
    accept: Type.Array(RefSchema),
    reject: Type.Array(RefSchema),
    author: Type.String({ maxLength: MAX_NAME }),
    createdAt: DateSchema,
  },
  { additionalProperties: false },
);

/** The `workshop` field as a whole (its records are checked one by one). */
export const WorkshopSchema = Type.Object(
  {
    ratings: Type.Optional(Type.Array(RatingSchema)),
    rounds: Type.Optional(Type.Array(RoundSchema)),
    scenarios: Type.Optional(Type.Array(ScenarioSchema)),
    walkthrough: Type.Optional(WalkthroughSchema),
  },
  { additionalProperties: false, description: 'Optional workshop data (docs/workshop.md): ratings, rating rounds, what-if scenarios and the walkthrough.' },
);

export type Rating = RecordOf<typeof RatingSchema>;
export type Round = RecordOf<typeof RoundSchema>;
/** A step as the model holds it: a missing note is read as ''. */
export type WalkthroughStep = Omit<RecordOf<typeof WalkthroughStepSchema>, 'note'> & { readonly note: string };
export type Walkthrough = Omit<RecordOf<typeof WalkthroughSchema>, 'steps'> & { readonly steps: readonly WalkthroughStep[] };
export type Scenario = RecordOf<typeof ScenarioSchema>;

export interface WorkshopData {
  readonly ratings: readonly Rating[];
  readonly rounds: readonly Round[];
  readonly scenarios: readonly Scenario[];
  readonly walkthrough?: Walkthrough;
}

export const WORKSHOP_FIELDS = fieldsOf(WorkshopSchema);

/** Workshop data with nothing in it. */
export const createEmptyWorkshop = (): WorkshopData => ({ ratings: [], rounds: [], scenarios: [] });

/** True when there is nothing worth writing to a file. */
export const isEmptyWorkshop = (w: WorkshopData | undefined): boolean =>
  !w || (w.ratings.length === 0 && w.rounds.length === 0 && w.scenarios.length === 0 && !w.walkthrough);

import * as Y from 'yjs';
import type { ArgumentMap } from '../model/types';
import { type Rating, type Round, type Scenario, type Walkthrough, type WorkshopData, isEmptyWorkshop } from '../workshop/types';
import { checkWorkshop } from '../workshop/validate';
import type { WorkshopOp } from '../ops/workshopOps';

/**
 * Where workshop data lives in a Y.Doc (beside the map, never inside it, so the map's undo
 * stack and the write rules for its content are untouched):
 * - `ratings`   Y.Map<`<participant>|<target>|<round>`, Rating>: one entry per participant,
 *               target and round (round '' outside rounds), so concurrent ratings never collide
 *               and re-rating replaces one's own entry
 * - `workshop`  Y.Map: `walkthrough` → Walkthrough (replaced whole: one facilitator edits it),
 *               `round:<id>` → Round, `scenario:<id>` → Scenario (one key each, so two people
 *               adding at once both survive)
 */
export const RATINGS = 'ratings';
export const WORKSHOP = 'workshop';
/** Workshop writes are not map edits: they carry their own origin and are never undone by Ctrl+Z. */
export const WORKSHOP_ORIGIN = 'warrant:workshop';

const ROUND_PREFIX = 'round:';
const SCENARIO_PREFIX = 'scenario:';
const WALKTHROUGH = 'walkthrough';

export interface WorkshopParts {
  readonly ratings: Y.Map<unknown>;
  readonly workshop: Y.Map<unknown>;
}

export const getWorkshopParts = (doc: Y.Doc): WorkshopParts => ({ ratings: doc.getMap(RATINGS), workshop: doc.getMap(WORKSHOP) });

/** The key of a participant's rating of a target in a round. */
export const getRatingKey = (participant: string, target: string, round?: string): string => `${participant}|${target}|${round ?? ''}`;

/**
 * The workshop data in a document, checked record by record against the map (what another
 * client wrote is input like any other): invalid records and ratings of removed statements
 * are left out. Undefined when there is none.
 */
export function readWorkshop(doc: Y.Doc, map: Pick<ArgumentMap, 'statements' | 'inferences'>): WorkshopData | undefined {
  const { ratings, workshop } = getWorkshopParts(doc);
  if (ratings.size === 0 && workshop.size === 0) return undefined;
  const rounds: unknown[] = [];
  const scenarios: unknown[] = [];
  for (const [key, value] of workshop.entries()) {
    if (key.startsWith(ROUND_PREFIX)) rounds.push(value);
    else if (key.startsWith(SCENARIO_PREFIX)) scenarios.push(value);
  }
  const raw = { ratings: [...ratings.values()], rounds, scenarios, ...(workshop.has(WALKTHROUGH) && { walkthrough: workshop.get(WALKTHROUGH) }) };
  const refs = { statements: new Set(map.statements.map((s) => s.id)), inferences: new Set(map.inferences.map((i) => i.id)) };
  const { workshop: data } = checkWorkshop(raw, refs, { dropDangling: true });
  return isEmptyWorkshop(data) ? undefined : data;
}

/** The map with the document's workshop data attached (when there is any). */
export function withWorkshop(doc: Y.Doc, map: ArgumentMap): ArgumentMap {
  const workshop = readWorkshop(doc, map);
  return workshop ? { ...map, workshop } : map;
}

/** Applies workshop ops to the document in one transaction (WORKSHOP_ORIGIN: no undo step). */
export function applyWorkshopOps(doc: Y.Doc, ops: readonly WorkshopOp[], origin: unknown = WORKSHOP_ORIGIN): void {
  if (ops.length === 0) return;
  const { ratings, workshop } = getWorkshopParts(doc);
  doc.transact(() => {
    for (const op of ops) {
      switch (op.type) {
        case 'setRating':
          ratings.set(getRatingKey(op.rating.participant, op.rating.target, op.rating.round), op.rating);
          break;
        case 'removeRating':
          ratings.delete(getRatingKey(op.participant, op.target, op.round));
          break;
        case 'putRound':
          workshop.set(`${ROUND_PREFIX}${op.round.id}`, op.round);
          break;
        case 'putScenario':
          workshop.set(`${SCENARIO_PREFIX}${op.scenario.id}`, op.scenario);
          break;
        case 'removeScenario':
          workshop.delete(`${SCENARIO_PREFIX}${op.id}`);
          break;
        case 'setWalkthrough':
          if (op.walkthrough) workshop.set(WALKTHROUGH, op.walkthrough);
          else workshop.delete(WALKTHROUGH);
          break;
      }
    }
  }, origin);
}

// One-op shorthands (tests, the fuzz, raw-protocol clients); the editor dispatches through its store.

/** Writes a participant's rating (replacing their earlier one of the same target in the same round). */
export const setRating = (doc: Y.Doc, rating: Rating, origin: unknown = WORKSHOP_ORIGIN): void => applyWorkshopOps(doc, [{ type: 'setRating', rating }], origin);

export const removeRating = (doc: Y.Doc, participant: string, target: string, round?: string, origin: unknown = WORKSHOP_ORIGIN): void =>
  applyWorkshopOps(doc, [{ type: 'removeRating', participant, target, round }], origin);

/** Sets (or, with undefined, removes) the walkthrough. */
export const setWalkthrough = (doc: Y.Doc, walkthrough: Walkthrough | undefined, origin: unknown = WORKSHOP_ORIGIN): void =>
  applyWorkshopOps(doc, [{ type: 'setWalkthrough', walkthrough }], origin);

/** Adds or updates a round (opening and closing are both a put). */
export const putRound = (doc: Y.Doc, round: Round, origin: unknown = WORKSHOP_ORIGIN): void => applyWorkshopOps(doc, [{ type: 'putRound', round }], origin);

export const putScenario = (doc: Y.Doc, scenario: Scenario, origin: unknown = WORKSHOP_ORIGIN): void => applyWorkshopOps(doc, [{ type: 'putScenario', scenario }], origin);

export const removeScenario = (doc: Y.Doc, id: string, origin: unknown = WORKSHOP_ORIGIN): void => applyWorkshopOps(doc, [{ type: 'removeScenario', id }], origin);

/** Writes a whole map file's workshop data into a document (seeding, import). */
export function writeWorkshop(doc: Y.Doc, data: WorkshopData, origin: unknown = WORKSHOP_ORIGIN): void {
  applyWorkshopOps(doc, [
    ...data.ratings.map((rating) => ({ type: 'setRating', rating }) as const),
    ...data.rounds.map((round) => ({ type: 'putRound', round }) as const),
    ...data.scenarios.map((scenario) => ({ type: 'putScenario', scenario }) as const),
    ...(data.walkthrough ? [{ type: 'setWalkthrough', walkthrough: data.walkthrough } as const] : []),
  ], origin);
}

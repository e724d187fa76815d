import * as Y from 'yjs';
import type { ArgumentMap } from '../model/types';
import { type Rating, type Round, type Scenario, type Walkthrough, type WorkshopData, isEmptyWorkshop } from '../workshop/types';
import { checkWorkshop } from '../workshop/validate';

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

const transact = (doc: Y.Doc, origin: unknown, f: (parts: WorkshopParts) => void) => doc.transact(() => f(getWorkshopParts(doc)), origin);

/** Writes a participant's rating (replacing their earlier one of the same target in the same round). */
export function setRating(doc: Y.Doc, rating: Rating, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => p.ratings.set(getRatingKey(rating.participant, rating.target, rating.round), rating));
}

export function removeRating(doc: Y.Doc, participant: string, target: string, round?: string, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => p.ratings.delete(getRatingKey(participant, target, round)));
}

/** Sets (or, with undefined, removes) the walkthrough. */
export function setWalkthrough(doc: Y.Doc, walkthrough: Walkthrough | undefined, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => (walkthrough ? p.workshop.set(WALKTHROUGH, walkthrough) : p.workshop.delete(WALKTHROUGH)));
}

/** Adds or updates a round (opening and closing are both a put). */
export function putRound(doc: Y.Doc, round: Round, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => p.workshop.set(`${ROUND_PREFIX}${round.id}`, round));
}

export function putScenario(doc: Y.Doc, scenario: Scenario, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => p.workshop.set(`${SCENARIO_PREFIX}${scenario.id}`, scenario));
}

export function removeScenario(doc: Y.Doc, id: string, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => p.workshop.delete(`${SCENARIO_PREFIX}${id}`));
}

/** Writes a whole map file's workshop data into a document (seeding, import). */
export function writeWorkshop(doc: Y.Doc, data: WorkshopData, origin: unknown = WORKSHOP_ORIGIN): void {
  transact(doc, origin, (p) => {
    for (const r of data.ratings) p.ratings.set(getRatingKey(r.participant, r.target, r.round), r);
    for (const r of data.rounds) p.workshop.set(`${ROUND_PREFIX}${r.id}`, r);
    for (const s of data.scenarios) p.workshop.set(`${SCENARIO_PREFIX}${s.id}`, s);
    if (data.walkthrough) p.workshop.set(WALKTHROUGH, data.walkthrough);
  });
}

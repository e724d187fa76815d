import { canRate as canRoleRate } from '../../core/policy/roles';
import { type Rating, type Stance, type Strength, getOpenRound } from '../../core/workshop';
import type { MapStore } from '../store/mapStore';
import { getParticipantId, getParticipantName } from './participant';

/**
 * Rating writes. A rating goes into the round that is open, or outside rounds when none is;
 * each replaces the participant's own earlier rating of the same target in the same round.
 * They are workshop data, not map edits: nobody's Ctrl+Z undoes them.
 */

/** Edit and comment links may rate (core/policy/roles); the server drops ratings from a view link. */
export const canRate = (store: MapStore): boolean => canRoleRate(store.state.getState().role);

/** This participant's rating of a target where new ratings go now, if any. */
export function getMyRating(store: MapStore, target: string): Rating | undefined {
  const { workshop } = store.state.getState().map;
  const round = getOpenRound(workshop)?.id;
  const me = getParticipantId();
  return workshop?.ratings.find((r) => r.participant === me && r.target === target && r.round === round);
}

function write(store: MapStore, target: string, fields: Pick<Rating, 'stance' | 'confidence' | 'strength'>): void {
  if (!canRate(store)) return;
  const round = getOpenRound(store.state.getState().map.workshop)?.id;
  const rating = { participant: getParticipantId(), name: getParticipantName(), target, ...(round && { round }), ...fields, at: new Date().toISOString() };
  store.dispatchWorkshop([{ type: 'setRating', rating }]);
}

/** Sets the stance and/or confidence of this participant's rating of a statement (confidence defaults to 3). */
export function rateStatement(store: MapStore, target: string, patch: { stance?: Stance; confidence?: number }): void {
  const mine = getMyRating(store, target);
  const stance = patch.stance ?? mine?.stance;
  if (!stance) return;
  write(store, target, { stance, confidence: patch.confidence ?? mine?.confidence ?? 3 });
}

export function rateInference(store: MapStore, target: string, strength: Strength): void {
  write(store, target, { strength });
}

export function clearMyRating(store: MapStore, target: string): void {
  if (!canRate(store)) return;
  const round = getOpenRound(store.state.getState().map.workshop)?.id;
  store.dispatchWorkshop([{ type: 'removeRating', participant: getParticipantId(), target, ...(round && { round }) }]);
}

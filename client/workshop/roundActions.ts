import { type WalkthroughStep, closeRound, createAutoWalkthrough, createRound, createScenario, getOpenRound, getRoundVersionName } from '../../core/workshop';
import { newId } from '../actions/ids';
import { apiFetch, mapPath } from '../net/api';
import type { MapStore } from '../store/mapStore';
import { getParticipantName } from './participant';

/**
 * Facilitator writes (rounds, walkthrough, what-if scenarios): workshop ops through the store,
 * which refuses them for links that may not write them; none of them is an undo step.
 */

/** Opens a rating round: ratings given from now on count in it. */
export function openRound(store: MapStore, name: string): void {
  store.dispatchWorkshop([{ type: 'putRound', round: createRound(newId('round'), name) }]);
}

/**
 * Closes the open round and saves a named version "Round: <name>" holding its ratings, so
 * the rounds can be compared afterwards. Resolves to the version's name.
 */
export async function closeOpenRound(store: MapStore): Promise<string | undefined> {
  const round = getOpenRound(store.state.getState().map.workshop);
  if (!round) return undefined;
  if (store.dispatchWorkshop([{ type: 'putRound', round: closeRound(round) }])) return undefined;
  const name = getRoundVersionName(round);
  await apiFetch(mapPath(store.mapId, '/versions'), { method: 'POST', json: { name } });
  return name;
}

/** Stores a walkthrough (replacing the one there was). */
export function saveWalkthrough(store: MapStore, steps: readonly WalkthroughStep[]): void {
  store.dispatchWorkshop([{ type: 'setWalkthrough', walkthrough: { steps, author: getParticipantName(), updatedAt: new Date().toISOString() } }]);
}

export function deleteWalkthrough(store: MapStore): void {
  store.dispatchWorkshop([{ type: 'setWalkthrough', walkthrough: undefined }]);
}

/** Saves a what-if scenario: which statements and inferences to take as accepted or rejected. */
export function saveScenario(store: MapStore, fields: { name: string; accept: readonly string[]; reject: readonly string[] }): string | undefined {
  return store.dispatchWorkshop([{ type: 'putScenario', scenario: createScenario({ id: newId('sc'), ...fields, author: getParticipantName() }) }]);
}

export function deleteScenario(store: MapStore, id: string): void {
  store.dispatchWorkshop([{ type: 'removeScenario', id }]);
}

/** Stores the walkthrough derived from the map's structure. */
export function storeAutoWalkthrough(store: MapStore): number {
  const steps = createAutoWalkthrough(store.state.getState().map);
  saveWalkthrough(store, steps);
  return steps.length;
}

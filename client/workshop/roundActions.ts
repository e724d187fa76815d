import { putRound, setWalkthrough } from '../../core/sync';
import { type WalkthroughStep, closeRound, createAutoWalkthrough, createRound, getOpenRound, getRoundVersionName } from '../../core/workshop';
import { newId } from '../actions/ids';
import { apiFetch, mapPath } from '../net/api';
import type { MapStore } from '../store/mapStore';
import { getParticipantName } from './participant';

/** Opens a rating round: ratings given from now on count in it. */
export function openRound(store: MapStore, name: string): void {
  putRound(store.doc, createRound(newId('round'), name));
}

/**
 * Closes the open round and saves a named version "Round: <name>" holding its ratings, so
 * the rounds can be compared afterwards. Resolves to the version's name.
 */
export async function closeOpenRound(store: MapStore): Promise<string | undefined> {
  const round = getOpenRound(store.state.getState().map.workshop);
  if (!round) return undefined;
  putRound(store.doc, closeRound(round));
  const name = getRoundVersionName(round);
  await apiFetch(mapPath(store.mapId, '/versions'), { method: 'POST', json: { name } });
  return name;
}

/** Stores a walkthrough (replacing the one there was). */
export function saveWalkthrough(store: MapStore, steps: readonly WalkthroughStep[]): void {
  setWalkthrough(store.doc, { steps, author: getParticipantName(), updatedAt: new Date().toISOString() });
}

/** Stores the walkthrough derived from the map's structure. */
export function storeAutoWalkthrough(store: MapStore): number {
  const steps = createAutoWalkthrough(store.state.getState().map);
  saveWalkthrough(store, steps);
  return steps.length;
}

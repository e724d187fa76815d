import { getOpenRound, getRoundVersionName } from '../../core/workshop';
import { performWorkshop } from '../actions/workshopActions';
import { apiFetch, mapPath } from '../net/api';
import type { MapStore } from '../store/mapStore';

/**
 * Closes the open round (the registered action `closeRound`) and saves a named version
 * "Round: <name>" holding its ratings, so the rounds can be compared afterwards. Resolves to
 * the version's name.
 */
export async function closeOpenRound(store: MapStore): Promise<string | undefined> {
  const round = getOpenRound(store.state.getState().map.workshop);
  if (!round || performWorkshop(store, 'closeRound', {})) return undefined;
  const name = getRoundVersionName(round);
  await apiFetch(mapPath(store.mapId, '/versions'), { method: 'POST', json: { name } });
  return name;
}

import { getRelations } from '../../core/model/relations';
import { useStore } from 'zustand';
import { useEditor } from '../EditorContext';
import type { MapStore } from '../store/mapStore';
import { type WorkshopUi, getWorkshopUi } from './workshopUi';

/** Reads this tab's workshop UI state in a component. */
export function useWorkshopUi<T>(selector: (s: WorkshopUi) => T): T {
  const { store } = useEditor();
  return useStore(getWorkshopUi(store), selector);
}

/**
 * Selects a statement or an inference named in a finding or an explanation and centres the
 * canvas on it (an inference: on its first premise).
 */
export function focusItem(store: MapStore, id: string): void {
  const { map } = store.state.getState();
  const inference = getRelations(map).inferences.get(id);
  store.select([id]);
  const at = inference ? inference.premises[0] : id;
  if (at) store.centerOn(at);
}

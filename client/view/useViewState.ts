import { useEffect } from 'react';
import type { MapStore } from '../store/mapStore';
import { connectView } from './viewSync';

/** Mounted once per editor: keeps `hidden`, the selection and the view's layers in step with the map and the view settings. */
export function useViewState(store: MapStore): void {
  useEffect(() => connectView(store), [store]);
}

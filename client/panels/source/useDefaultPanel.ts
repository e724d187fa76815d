import { useEffect } from 'react';
import type { MapState, MapStore } from '../../store/mapStore';

/**
 * Opens the Source panel once, when the map turns out to have a source text and no panel is
 * open yet (the map arrives after the editor mounts, so this waits for it). A map without a
 * source leaves the canvas alone.
 */
export function useDefaultPanel(store: MapStore): void {
  useEffect(() => {
    const settle = (s: MapState) => {
      if (s.map.sources.length === 0) return false;
      if (s.panel === null) store.state.setState({ panel: 'source' });
      return true;
    };
    if (settle(store.state.getState())) return;
    const unsubscribe = store.state.subscribe((s) => settle(s) && unsubscribe());
    return unsubscribe;
  }, [store]);
}

import { useEffect } from 'react';
import type { MapState, MapStore } from '../../store/mapStore';

/**
 * Below this window width the open panel (about 480 px) would leave the canvas too narrow for
 * the thesis and its first layer side by side at readable size: at 1280 px it leaves 800 px,
 * and the seeded map's band needs about 1,200 px at 11 px text.
 */
const WIDE_WINDOW_PX = 1680;

/**
 * Opens the Source panel once, when the map turns out to have a source text and no panel is
 * open yet (the map arrives after the editor mounts, so this waits for it). A map without a
 * source, or a window narrower than WIDE_WINDOW_PX (a laptop), leaves the canvas whole: the
 * first view is the thesis and its reasons, readable; the Source tab is one click away (Panels).
 */
export function useDefaultPanel(store: MapStore): void {
  useEffect(() => {
    if (window.innerWidth < WIDE_WINDOW_PX) return;
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

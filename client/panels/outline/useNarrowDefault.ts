import { useEffect } from 'react';
import type { MapStore } from '../../store/mapStore';

/** On a phone-sized screen the outline is the default view (the canvas is still one tap away). */
export function useNarrowDefault(store: MapStore): void {
  useEffect(() => {
    if (window.matchMedia('(max-width: 600px)').matches && store.state.getState().panel === null) store.state.setState({ panel: 'outline' });
  }, [store]);
}

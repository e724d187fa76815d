import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Presenter, getPresenters } from './presentation';

/** The other participants presenting a walkthrough right now (re-read when awareness changes). */
export function usePresenters(awareness: Awareness): Presenter[] {
  const cache = useRef<{ key: string; value: Presenter[] }>({ key: '[]', value: [] });
  const subscribe = useCallback((onChange: () => void) => {
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness]);
  const get = useCallback(() => {
    const value = getPresenters(awareness);
    const key = JSON.stringify(value);
    if (key !== cache.current.key) cache.current = { key, value };
    return cache.current.value;
  }, [awareness]);
  return useSyncExternalStore(subscribe, get);
}

import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, getPeers } from './peers';

/** The other participants on this map, re-read whenever their awareness states change. */
export function usePeers(awareness: Awareness): Peer[] {
  const cache = useRef<Peer[] | null>(null);
  const subscribe = useCallback((onChange: () => void) => {
    const listener = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      // Our own cursor moving is not news to anyone in this tab.
      if ([...added, ...updated, ...removed].every((id) => id === awareness.clientID)) return;
      cache.current = null;
      onChange();
    };
    awareness.on('change', listener);
    return () => awareness.off('change', listener);
  }, [awareness]);
  const get = useCallback(() => (cache.current ??= getPeers(awareness.getStates(), awareness.clientID)), [awareness]);
  return useSyncExternalStore(subscribe, get);
}

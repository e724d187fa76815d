import { useCallback, useEffect, useRef } from 'react';
import type { MapStore } from '../../store/mapStore';

/** Marks on the canvas the statement whose span the pointer is over in the text. */
export function useHoverLayer(store: MapStore): (statementId: string | null) => void {
  const current = useRef<string | null>(null);
  useEffect(() => () => store.setLayer('source', undefined), [store]);
  return useCallback((id: string | null) => {
    if (current.current === id) return;
    current.current = id;
    store.setLayer('source', id ? { classes: new Map([[id, 'source-hover']]) } : undefined);
  }, [store]);
}

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { MapState, MapStore } from './store/mapStore';
import type { MapConnection } from './net/connection';

export interface EditorApi {
  readonly store: MapStore;
  /** The Y.Doc's network side: provider (with its awareness) and the local IndexedDB copy. */
  readonly connection: MapConnection;
  useState<T>(selector: (s: MapState) => T): T;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside an editor');
  return api;
}

export function createEditorApi(store: MapStore, connection: MapConnection): EditorApi {
  return {
    store,
    connection,
    useState: function useMapState<T>(selector: (s: MapState) => T) {
      return useStore(store.state, selector);
    },
  };
}

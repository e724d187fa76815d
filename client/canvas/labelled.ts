import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { type StoreApi, createStore } from 'zustand/vanilla';

/** The cards whose semantic-zoom label shows (useSemanticZoom.ts), for the cards to read one by one. */
export type LabelledStore = StoreApi<{ readonly ids: ReadonlySet<string> }>;

export const createLabelledStore = (): LabelledStore => createStore(() => ({ ids: new Set<string>() }));

export const LabelledContext = createContext<LabelledStore>(createLabelledStore());

/**
 * True while this card shows its label. A card renders its label element only then, so the
 * label's words are not in the page twice the rest of the time.
 */
export function useIsLabelled(id: string): boolean {
  return useStore(useContext(LabelledContext), (s) => s.ids.has(id));
}

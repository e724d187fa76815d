import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { type StoreApi, createStore } from 'zustand/vanilla';

/** Where a card's semantic-zoom label shows: its lines, and its centre's offset from the card's centre in flow pixels. */
export interface LabelPlace {
  readonly lines: readonly string[];
  readonly dx: number;
  readonly dy: number;
}

/**
 * The cards whose semantic-zoom label shows, and where (useSemanticZoom.ts), for the cards to read
 * one by one; `overview` while the zoom is below LABEL_ZOOM, where cards are drawn as plain boxes.
 */
export type LabelledStore = StoreApi<{ readonly places: ReadonlyMap<string, LabelPlace>; readonly overview: boolean }>;

export const createLabelledStore = (): LabelledStore => createStore(() => ({ places: new Map<string, LabelPlace>(), overview: false }));

export const LabelledContext = createContext<LabelledStore>(createLabelledStore());

/**
 * This card's label while it shows one. A card renders its label element only then, so the
 * label's words are not in the page twice the rest of the time.
 */
export function useLabelPlace(id: string): LabelPlace | undefined {
  return useStore(useContext(LabelledContext), (s) => s.places.get(id));
}

/** True while the canvas is zoomed out past reading (semantic zoom): cards draw as plain boxes. */
export function useOverview(): boolean {
  return useStore(useContext(LabelledContext), (s) => s.overview);
}

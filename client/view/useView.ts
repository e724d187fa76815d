import { useStore } from 'zustand';
import { useEditor } from '../EditorContext';
import { type ViewState, getViewStore } from './viewStore';

/** Reads this tab's view state (settings, and what is hidden because of them). */
export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(getViewStore(useEditor().store), selector);
}

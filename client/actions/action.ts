import type { MapStore } from '../store/mapStore';

export interface ActionContext {
  readonly store: MapStore;
  /** The point (flow coordinates) new statements go to when nothing else decides. */
  readonly viewCenter: () => { x: number; y: number };
  readonly fitView: () => void;
  /** A card's size as the canvas measured it (cards with badges are taller than their text), if known. */
  readonly sizeOf?: (id: string) => { width: number; height: number } | undefined;
  readonly openHelp: () => void;
  /** A short message for the user (why an action did nothing, what it did). */
  readonly notify: (message: string) => void;
}

/** A registered user action: toolbar buttons, shortcuts and tests all go through `perform`. */
export interface Action {
  readonly name: string;
  readonly label: string;
  /** Shortcuts such as `mod+z`, `shift+mod+z`, `delete`, `r`; `mod` is Ctrl, or Cmd on a Mac. */
  readonly keys?: readonly string[];
  readonly perform: (ctx: ActionContext) => void;
}

/** True when a keyboard event matches a shortcut string. */
export function matchesKey(e: KeyboardEvent, key: string): boolean {
  const parts = key.toLowerCase().split('+');
  const main = parts.pop()!;
  const mod = parts.includes('mod');
  const shift = parts.includes('shift');
  const alt = parts.includes('alt');
  const pressedMod = e.ctrlKey || e.metaKey;
  return e.key.toLowerCase() === main && pressedMod === mod && e.shiftKey === shift && e.altKey === alt;
}

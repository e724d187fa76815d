/** The local participant's name and colour: asked once, remembered in this browser. */
const NAME_KEY = 'warrant:name';
const COLOR_KEY = 'warrant:color';
const ASKED_KEY = 'warrant:name-asked';
const CHANGED = 'warrant:identity';
const PALETTE = ['#e4572e', '#2e86ab', '#a23b72', '#3bb273', '#f18f01', '#7768ae', '#c73e1d', '#1b998b', '#ef476f', '#118ab2'];

/** Black-ish or white text on a participant's colour, whichever reads better (WCAG contrast: at least 4.6:1 on the palette). */
export function inkOn(color: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return '#fff';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (lum + 0.05); with #111 it is (lum + 0.05) / 0.0556.
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.0556 ? '#fff' : '#111';
}

export interface Identity {
  readonly name: string;
  readonly color: string;
}

export function getUserName(): string {
  return localStorage.getItem(NAME_KEY) ?? '';
}

export function setUserName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 40));
  localStorage.setItem(ASKED_KEY, '1');
  window.dispatchEvent(new Event(CHANGED));
}

export function getUserColor(): string {
  let c = localStorage.getItem(COLOR_KEY);
  if (!c) {
    c = PALETTE[Math.floor(Math.random() * PALETTE.length)];
    localStorage.setItem(COLOR_KEY, c);
  }
  return c;
}

export function setUserColor(color: string): void {
  localStorage.setItem(COLOR_KEY, color);
  window.dispatchEvent(new Event(CHANGED));
}

export function getIdentity(): Identity {
  return { name: getUserName(), color: getUserColor() };
}

/** True until the participant has chosen a name or said "not now" once. */
export function shouldAskName(): boolean {
  return !getUserName() && localStorage.getItem(ASKED_KEY) !== '1';
}

export function dismissNameQuestion(): void {
  localStorage.setItem(ASKED_KEY, '1');
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls back when the name or colour changes, in this tab or another. */
export function subscribeIdentity(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === NAME_KEY || e.key === COLOR_KEY) listener();
  };
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const USER_PALETTE = PALETTE;

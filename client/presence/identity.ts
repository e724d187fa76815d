/** The local participant's name and colour: asked once, remembered in this browser. */
const NAME_KEY = 'warrant:name';
const COLOR_KEY = 'warrant:color';
const PALETTE = ['#e4572e', '#2e86ab', '#a23b72', '#3bb273', '#f18f01', '#7768ae', '#c73e1d', '#1b998b', '#ef476f', '#118ab2'];

export function getUserName(): string {
  return localStorage.getItem(NAME_KEY) ?? '';
}

export function setUserName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 40));
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
}

export const USER_PALETTE = PALETTE;

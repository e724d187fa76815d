/**
 * Which map item a line of the pane's text is about:
 *   `[s1]: text`, `  +> [s1]`, `(2) [s1]` → statement s1;   `<i4>: label`, `  <_ <i4>` → inference i4.
 */
const ITEM = /^\s*(?:\(\d+\)\s*)?(?:(?:\+>|->|<\+|<-|><|_>|<_|[+\-_])\s+)?(?:\[((?:[^\]\\]|\\.)+)\]|<((?:[^>\\]|\\.)+)>)/;

export type LineItem = { readonly kind: 'statement' | 'inference'; readonly id: string };

export function getLineItem(line: string): LineItem | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  return m[1] !== undefined ? { kind: 'statement', id: m[1] } : { kind: 'inference', id: m[2] };
}

/** True when the line defines the item (`[id]: …` or `<id>…` at the start of a block), not only refers to it. */
export function definesItem(line: string): boolean {
  return /^(\[(?:[^\]\\]|\\.)+\]:|<(?:[^>\\]|\\.)+>)/.test(line);
}

/** The selection id for an item: its model id (the selection holds statement and inference ids, never canvas node ids). */
export const selectionId = (item: LineItem): string => item.id;

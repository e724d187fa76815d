import { toJunctionId } from '../../../core/model';
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

/** The canvas selection id for an item (inferences are selected through their junction). */
export const selectionId = (item: LineItem): string => (item.kind === 'statement' ? item.id : toJunctionId(item.id));

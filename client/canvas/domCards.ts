import { useMemo } from 'react';
import { type Layers, getDecorationKey } from '../store/layers';
import { type CanvasNode, getNodeSize } from './projection';

/** What keeps a card in the DOM far out, besides being selected. */
export interface DomCardNeeds {
  /** The card under the pointer: in the DOM, so a press on it drags, clicks or double-clicks it as anywhere else. */
  readonly hovered: string | null;
  readonly editingId: string | null;
  /** Cards showing a semantic-zoom label (labelled.ts). */
  readonly labelled: ReadonlyMap<string, unknown>;
  /** Cards being dragged. */
  readonly dragging: ReadonlyMap<string, unknown>;
  /** Badges, search marks, evaluation colours and the like (store/layers.ts) show on the DOM card. */
  readonly layers: Layers;
}

/**
 * For every fitView: far out most cards are hidden React Flow nodes (drawn by the overview layer),
 * and a fit that left them out would fit only the few in the DOM.
 */
export const FIT_HIDDEN_TOO = { includeHiddenNodes: true } as const;

const hiddenCopies = new WeakMap<CanvasNode, CanvasNode>();
/** The node React Flow keeps, measures and fits, but does not render (the overview layer draws it). */
const asHidden = (n: CanvasNode): CanvasNode => hiddenCopies.get(n) ?? hiddenCopies.set(n, { ...n, hidden: true } as CanvasNode).get(n)!;

/**
 * The nodes handed to React Flow. Far out the overview layer (OverviewLayer.tsx) draws every card
 * and edge, and React Flow renders only the cards someone is working with: hovered, selected,
 * labelled, marked by a layer, edited or dragged. Hidden copies are kept per node object, so an
 * unchanged card stays the same object for React Flow from one render to the next.
 */
export function useDomCards(nodes: CanvasNode[], far: boolean, needs: DomCardNeeds): CanvasNode[] {
  const { hovered, editingId, labelled, dragging, layers } = needs;
  return useMemo(() => {
    if (!far) return nodes;
    const keep = (n: CanvasNode) => n.selected || n.id === hovered || n.id === editingId || labelled.has(n.id) || dragging.has(n.id)
      || (n.type === 'statement' && getDecorationKey(layers, n.id) !== '');
    return nodes.map((n) => (keep(n) ? n : asHidden(n)));
  }, [nodes, far, hovered, editingId, labelled, dragging, layers]);
}

const cardBox = (n: CanvasNode) => ({ ...n.position, ...getNodeSize(n) });

/** The statement card at a point in flow pixels (the one drawn last, on top), or null. */
export function cardAt(nodes: readonly CanvasNode[], p: { x: number; y: number }): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.type !== 'statement') continue;
    const b = cardBox(n);
    if (p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) return n.id;
  }
  return null;
}

/** The statement cards wholly inside a rectangle in flow pixels, as React Flow's selection box takes them. */
export function cardsInside(nodes: readonly CanvasNode[], r: { x: number; y: number; width: number; height: number }): string[] {
  return nodes.filter((n) => {
    if (n.type !== 'statement') return false;
    const b = cardBox(n);
    return b.x >= r.x && b.y >= r.y && b.x + b.width <= r.x + r.width && b.y + b.height <= r.y + r.height;
  }).map((n) => n.id);
}

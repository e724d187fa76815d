import { useCallback, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MapStore } from '../store/mapStore';
import { cardAt, cardsInside } from './domCards';
import type { CanvasNode } from './projection';

/**
 * The pointer far out, where most cards are drawn on the overview layer and not in the DOM
 * (domCards.ts): the card under the pointer (hovered, so it joins the DOM before a press), the
 * card drawn at a screen point, a tap that selects a drawn card, and a selection box that takes
 * drawn cards too. Close up every handler leaves the work to React Flow's cards.
 */
export function useOverviewPointer(nodes: readonly CanvasNode[], far: boolean, store: MapStore) {
  const flow = useReactFlow();
  const [hovered, setHovered] = useState<string | null>(null);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;

  /** The statement drawn at a screen point far out, or null (close up, or nothing there). */
  const drawnCardAt = useCallback((clientX: number, clientY: number) =>
    (far ? cardAt(nodesRef.current, flow.screenToFlowPosition({ x: clientX, y: clientY })) : null), [far, flow]);

  // Not while a button is down (a pan or a drag): the hovered card would change under it.
  const trackHover = useCallback((e: React.PointerEvent) => {
    if (!far || e.buttons !== 0) return;
    const id = drawnCardAt(e.clientX, e.clientY);
    setHovered((h) => (h === id ? h : id));
  }, [far, drawnCardAt]);
  const clearHover = useCallback(() => setHovered(null), []);

  // A tap far out (no hover on a touch screen) selects the card drawn there.
  const onPaneClick = useCallback((e: React.MouseEvent) => {
    const id = drawnCardAt(e.clientX, e.clientY);
    if (id) store.select([id]);
  }, [drawnCardAt, store]);

  const boxStart = useRef<{ x: number; y: number } | null>(null);
  const onSelectionStart = useCallback((e: React.MouseEvent) => {
    boxStart.current = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
  }, [flow]);
  const onSelectionEnd = useCallback((e: React.MouseEvent) => {
    const a = boxStart.current;
    boxStart.current = null;
    if (!far || !a) return;
    const b = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const inside = cardsInside(nodesRef.current, { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
    if (inside.length > 0) store.select([...store.state.getState().selected, ...inside]);
  }, [far, flow, store]);

  return { hovered, drawnCardAt, trackHover, clearHover, onPaneClick, onSelectionStart, onSelectionEnd };
}

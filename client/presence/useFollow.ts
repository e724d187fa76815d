import { useEffect } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useStore } from 'zustand';
import type { Awareness } from 'y-protocols/awareness';
import type { Peer } from './peers';
import { getPresenceUi } from './presenceUi';

/**
 * "Follow": while this tab follows a participant, its viewport shows the middle of theirs at
 * their zoom (viewports differ in size, so matching the corner would not show the same thing).
 * Following stops when the participant leaves or when this user pans or zooms themselves.
 */
export function useFollow(awareness: Awareness, peers: readonly Peer[]): Peer | undefined {
  const ui = getPresenceUi(awareness);
  const following = useStore(ui, (s) => s.following);
  const flow = useReactFlow();
  const domNode = useFlowStore((s) => s.domNode);
  const target = following === null ? undefined : peers.find((p) => p.clientId === following);
  const viewportKey = target?.viewport ? JSON.stringify(target.viewport) : '';

  useEffect(() => {
    if (following !== null && !target) ui.setState({ following: null });
  }, [following, target, ui]);

  useEffect(() => {
    if (!viewportKey) return;
    const v = JSON.parse(viewportKey) as NonNullable<Peer['viewport']>;
    void flow.setCenter((v.width / 2 - v.x) / v.zoom, (v.height / 2 - v.y) / v.zoom, { zoom: v.zoom, duration: 80 });
  }, [viewportKey, flow]);

  useEffect(() => {
    if (following === null || !domNode) return;
    const stop = () => ui.setState({ following: null });
    let pressed = false;
    const onDown = (e: PointerEvent) => {
      pressed = (e.target as Element).closest('.react-flow__pane, .react-flow__minimap') !== null;
    };
    const onMove = (e: PointerEvent) => {
      if (pressed && e.buttons !== 0) stop();
    };
    const onUp = () => (pressed = false);
    domNode.addEventListener('wheel', stop, { capture: true, passive: true });
    domNode.addEventListener('pointerdown', onDown, { capture: true });
    domNode.addEventListener('pointermove', onMove, { capture: true });
    window.addEventListener('pointerup', onUp);
    return () => {
      domNode.removeEventListener('wheel', stop, { capture: true });
      domNode.removeEventListener('pointerdown', onDown, { capture: true });
      domNode.removeEventListener('pointermove', onMove, { capture: true });
      window.removeEventListener('pointerup', onUp);
    };
  }, [following, domNode, ui]);

  return target;
}

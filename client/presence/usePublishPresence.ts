import { useEffect } from 'react';
import { useReactFlow, useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { MapStore } from '../store/mapStore';
import { getIdentity, subscribeIdentity } from './identity';
import { MAX_SHARED_SELECTION, type Point, type PresenceState, type Viewport } from './peers';
import { throttle } from './throttle';

/** Cursor, viewport and drag updates go out at most this often (~20 Hz). */
const INTERVAL_MS = 50;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets one field of this tab's awareness state, and sends nothing when it did not change. */
function setField<K extends keyof PresenceState>(awareness: Awareness, field: K, value: PresenceState[K]): void {
  const current = awareness.getLocalState() as Partial<PresenceState> | null;
  if (current && sameJson(current[field], value)) return;
  awareness.setLocalStateField(field, value);
}

function initialState(store: MapStore): PresenceState {
  const { selected, editingId } = store.state.getState();
  return {
    user: getIdentity(),
    cursor: null,
    selection: [...selected].slice(0, MAX_SHARED_SELECTION),
    editing: editingId,
    viewport: null,
    drag: null,
  };
}

/**
 * Publishes this participant's presence in awareness: name and colour, selection, the
 * statement being typed into, live drag positions, viewport and pointer (both throttled).
 * Closing the tab clears it at once, so the others see the participant leave.
 * Must run inside React Flow (it reads the viewport and the canvas element).
 */
export function usePublishPresence(store: MapStore, awareness: Awareness): void {
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  const domNode = useFlowStore((s) => s.domNode);

  useEffect(() => {
    awareness.setLocalState(initialState(store));
    const stopIdentity = subscribeIdentity(() => setField(awareness, 'user', getIdentity()));
    const sendDrag = throttle((drag: PresenceState['drag']) => setField(awareness, 'drag', drag), INTERVAL_MS);
    const stopStore = store.state.subscribe((s, prev) => {
      if (s.selected !== prev.selected) setField(awareness, 'selection', [...s.selected].slice(0, MAX_SHARED_SELECTION));
      if (s.editingId !== prev.editingId) setField(awareness, 'editing', s.editingId);
      if (s.dragPositions !== prev.dragPositions) {
        const drag = s.dragPositions.size > 0 ? Object.fromEntries([...s.dragPositions].slice(0, MAX_SHARED_SELECTION)) : null;
        if (drag) sendDrag(drag);
        else {
          sendDrag.cancel();
          setField(awareness, 'drag', null);
        }
      }
    });
    const leave = () => awareness.setLocalState(null);
    const back = (e: PageTransitionEvent) => e.persisted && awareness.setLocalState(initialState(store));
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    window.addEventListener('pageshow', back);
    return () => {
      stopIdentity();
      stopStore();
      sendDrag.cancel();
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('pageshow', back);
    };
  }, [store, awareness]);

  useEffect(() => {
    const read = (): Viewport => {
      const { transform: [x, y, zoom], width, height } = flowStore.getState();
      return { x, y, zoom, width, height };
    };
    const send = throttle((v: Viewport) => setField(awareness, 'viewport', v), INTERVAL_MS);
    let last = read();
    send(last);
    const stop = flowStore.subscribe(() => {
      const next = read();
      if (sameJson(next, last)) return;
      last = next;
      send(next);
    });
    return () => {
      stop();
      send.cancel();
    };
  }, [flowStore, awareness]);

  useEffect(() => {
    if (!domNode) return;
    const send = throttle((p: Point | null) => setField(awareness, 'cursor', p), INTERVAL_MS);
    const onMove = (e: PointerEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      send({ x: Math.round(p.x), y: Math.round(p.y) });
    };
    const onLeave = () => {
      send.cancel();
      setField(awareness, 'cursor', null);
    };
    domNode.addEventListener('pointermove', onMove);
    domNode.addEventListener('pointerleave', onLeave);
    return () => {
      send.cancel();
      domNode.removeEventListener('pointermove', onMove);
      domNode.removeEventListener('pointerleave', onLeave);
    };
  }, [domNode, flow, awareness]);
}

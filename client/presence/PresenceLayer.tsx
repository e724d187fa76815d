import { memo, useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useStore } from 'zustand';
import { CARD_WIDTH } from '../../core/layout';
import { useEditor } from '../EditorContext';
import { type Peer, buildPresenceLayer, getDisplayName, getPresenceLayerKey } from './peers';
import { inkOn } from './identity';
import { getPresenceUi } from './presenceUi';
import { useFollow } from './useFollow';
import { usePeers } from './usePeers';
import { usePublishPresence } from './usePublishPresence';

type Transform = { x: number; y: number; zoom: number };
const NOWHERE: readonly [number, number, number] = [0, 0, 1];
const toScreen = (p: { x: number; y: number }, t: Transform) => ({ x: p.x * t.zoom + t.x, y: p.y * t.zoom + t.y });

const PeerCursor = memo(function PeerCursor({ peer, t }: { peer: Peer; t: Transform }) {
  if (!peer.cursor) return null;
  const s = toScreen(peer.cursor, t);
  const name = getDisplayName(peer);
  return (
    <div className="peer-cursor" data-peer={name} style={{ transform: `translate(${s.x}px, ${s.y}px)`, color: peer.user.color }}>
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M3 2 L3 16.5 L7 12.8 L9.8 18.6 L12.6 17.4 L9.9 11.7 L15.2 11.4 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="peer-cursor-label" style={{ background: peer.user.color, color: inkOn(peer.user.color) }}>{name}</span>
    </div>
  );
});

/** Dashed outlines where others are dragging statements right now (the document changes at drop). */
function DragGhosts({ peer, t }: { peer: Peer; t: Transform }) {
  const flow = useReactFlow();
  if (!peer.drag) return null;
  return Object.entries(peer.drag).map(([id, p]) => {
    const s = toScreen(p, t);
    const height = flow.getInternalNode(id)?.measured.height ?? 80;
    return (
      <div key={id} className="peer-drag" style={{ transform: `translate(${s.x}px, ${s.y}px)`, width: CARD_WIDTH * t.zoom, height: height * t.zoom, borderColor: peer.user.color }} />
    );
  });
}

/**
 * Everything others' presence shows on the canvas: their cursors and drags (drawn here, moved
 * with the viewport), their selections and typing (as a decoration layer on the statements),
 * and the frame while following someone. Rendered inside <ReactFlow>.
 */
export function PresenceLayer() {
  const { store, connection } = useEditor();
  const awareness = connection.provider.awareness;
  usePublishPresence(store, awareness);
  const peers = usePeers(awareness);
  const followed = useFollow(awareness, peers);
  const ui = getPresenceUi(awareness);
  // The view moves others' cursors and drag outlines; with none to show, a pan's frames do not render this layer.
  const shown = peers.some((p) => p.cursor || p.drag);
  const [x, y, zoom] = useFlowStore((s) => (shown ? s.transform : NOWHERE));
  const t = useMemo(() => ({ x, y, zoom }), [x, y, zoom]);

  const layerKey = useRef('');
  useEffect(() => {
    const key = getPresenceLayerKey(peers);
    if (key === layerKey.current) return;
    layerKey.current = key;
    const busy = peers.some((p) => p.selection.length > 0 || p.editing);
    store.setLayer('presence', busy ? buildPresenceLayer(peers) : undefined);
  }, [peers, store]);
  useEffect(() => () => store.setLayer('presence', undefined), [store]);

  const following = useStore(ui, (s) => s.following);
  return (
    <div className="presence-layer">
      {peers.map((p) => <DragGhosts key={`d${p.clientId}`} peer={p} t={t} />)}
      {peers.map((p) => <PeerCursor key={p.clientId} peer={p} t={t} />)}
      {followed && following !== null && (
        <div className="follow-frame" style={{ borderColor: followed.user.color }}>
          <span className="follow-label" style={{ background: followed.user.color, color: inkOn(followed.user.color) }}>
            Following {getDisplayName(followed)}
            <button type="button" onClick={() => ui.setState({ following: null })} aria-label="Stop following">×</button>
          </span>
        </div>
      )}
    </div>
  );
}

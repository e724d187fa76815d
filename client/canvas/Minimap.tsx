import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Panel, type Rect, useStore, useStoreApi } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import type { CanvasNode } from './projection';

const WIDTH = 200;
const HEIGHT = 150;
/** Margin round the map, in minimap pixels. */
const OFFSET = 5;
const BORDER_RADIUS = 5;
const STROKE_WIDTH = 3;
const NO_NODES: readonly CanvasNode[] = [];

type FlowState = { transform: [number, number, number]; width: number; height: number };
const viewOf = (s: FlowState): Rect => ({ x: -s.transform[0] / s.transform[2], y: -s.transform[1] / s.transform[2], width: s.width / s.transform[2], height: s.height / s.transform[2] });
const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** One card; the projection keeps an unchanged card's node object, so it does not render again. */
const MinimapNode = memo(function MinimapNode({ node }: { node: CanvasNode }) {
  return (
    <rect className={`react-flow__minimap-node minimap-${node.type}${node.selected ? ' selected' : ''}`} data-id={node.id} x={node.position.x} y={node.position.y}
      width={node.measured?.width ?? 0} height={node.measured?.height ?? 0} rx={BORDER_RADIUS} ry={BORDER_RADIUS}
      style={{ strokeWidth: STROKE_WIDTH }} shapeRendering="crispEdges" />
  );
});

/** The map's cards as rectangles, drawn when the node list changes, never on a pan's frames. */
const MinimapNodes = memo(function MinimapNodes({ nodes }: { nodes: readonly CanvasNode[] }) {
  return nodes.map((n) => <MinimapNode key={n.id} node={n} />);
});

/**
 * The whole map in small, with the view as a window that can be dragged and zoomed (React Flow's
 * XYMinimap does the gestures). React Flow's own MiniMap subscribes each of its rectangles to
 * the flow store and measures the bounds of every node on every store change: on a pan of 1,000
 * statements that was ~1,300 selectors and a walk over the map per frame. Here the rectangles
 * come from the projected nodes and render when they change; a pan renders only the window.
 */
export const Minimap = memo(function Minimap({ nodes, ariaLabel }: { nodes: readonly CanvasNode[]; ariaLabel: string }) {
  const store = useStoreApi();
  const view = useStore(viewOf, sameRect);
  const panZoom = useStore((s) => s.panZoom);
  const translateExtent = useStore((s) => s.translateExtent);
  const flowSize = useStore((s) => `${s.width}x${s.height}`);
  // The rectangles follow in a render of their own, after the canvas's: opening a big map shows
  // its first cards without waiting for a thousand minimap rectangles, and a drag's frames do not either.
  const drawn = useDeferredValue(nodes, NO_NODES);
  const svg = useRef<SVGSVGElement>(null);
  const minimap = useRef<XYMinimapInstance | undefined>(undefined);
  const bounds = useMemo(() => {
    let b: Rect | undefined;
    for (const n of nodes) {
      const r = { x: n.position.x, y: n.position.y, width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 };
      b = b ? union(b, r) : r;
    }
    return b;
  }, [nodes]);
  const box = bounds ? union(bounds, view) : view;
  const viewScale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const scaleRef = useRef(viewScale);
  scaleRef.current = viewScale;
  const offset = OFFSET * viewScale;
  const width = viewScale * WIDTH + 2 * offset;
  const height = viewScale * HEIGHT + 2 * offset;
  const x = box.x - (width - box.width) / 2;
  const y = box.y - (height - box.height) / 2;

  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => scaleRef.current });
    return () => minimap.current?.destroy();
  }, [panZoom, store]);
  useEffect(() => {
    const [w, h] = flowSize.split('x').map(Number);
    minimap.current?.update({ translateExtent, width: w, height: h, pannable: true, zoomable: true, zoomStep: 1 });
  }, [panZoom, translateExtent, flowSize]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg ref={svg} width={WIDTH} height={HEIGHT} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg" role="img" aria-label={ariaLabel}>
        <MinimapNodes nodes={drawn} />
        <path className="react-flow__minimap-mask" fillRule="evenodd" pointerEvents="none"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`} />
      </svg>
    </Panel>
  );
});

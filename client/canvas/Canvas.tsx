import { canEditMap } from '../../core/policy/roles';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, ReactFlow, useReactFlow, useStore as useFlowState,
  type Connection, type NodeChange, type EdgeChange, type OnConnectEnd,
} from '@xyflow/react';
import { useEditor } from '../EditorContext';
import { addStatementAt } from '../actions/editActions';
import type { ActionContext } from '../actions/action';
import { applyRelationDrop } from '../actions/relateDrop';
import { clearOfControls } from './clearOfControls';
import { type NodeId, getNodeId, getRelations, isJunctionId, toModelId } from '../../core/model';
import { CARD_WIDTH } from '../../core/layout';
import { type CanvasNode, type RelationEdge as RelationEdgeType, getPositions, projectMap } from './projection';
import { StatementNode } from './StatementNode';
import { JunctionNode } from './JunctionNode';
import { EdgeMarkers, RelationEdge } from './RelationEdge';
import { RelationPicker, type PendingRelation } from './RelationPicker';
import { useInitialView } from './useInitialView';
import { PresenceLayer } from '../presence/PresenceLayer';
import { ZoomBand } from './ZoomBand';
import { Minimap } from './Minimap';
import { useView } from '../view/useView';
import { SemanticZoom } from './SemanticZoom';
import { LabelledContext, createLabelledStore } from './labelled';
import { NO_OFFSETS, applyOffsets, getCompaction, removeOffset } from './compaction';
import { OverviewLayer } from './OverviewLayer';
import { FAR_ZOOM } from './ZoomBand';
import { FIT_HIDDEN_TOO, useDomCards } from './domCards';
import { useOverviewPointer } from './useOverviewPointer';
import { useStore } from 'zustand';
import { openEditor } from '../actions/editing';
import { asStatementId } from '../../core/model';

/** True when a card at `p` lies wholly inside the visible canvas, at a readable zoom. */
function isInView(flow: ReturnType<typeof useReactFlow>, p: { x: number; y: number }): boolean {
  const el = document.querySelector('.react-flow');
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const { x, y, zoom } = flow.getViewport();
  const left = p.x * zoom + x;
  const top = p.y * zoom + y;
  return zoom >= 0.6 && left >= 10 && top >= 10 && left + CARD_WIDTH * zoom <= r.width - 10 && top + 90 * zoom <= r.height - 10;
}

const nodeTypes = { statement: StatementNode, junction: JunctionNode };
const edgeTypes = { relation: RelationEdge };
const NO_DRAG = new Map<string, { x: number; y: number }>();
const NO_EDGES: RelationEdgeType[] = [];
const canvasAspect = (el: HTMLElement | null) => (el && el.clientHeight > 0 ? el.clientWidth / el.clientHeight : 16 / 9);

export function Canvas({ actionContext, theme }: { actionContext: ActionContext; theme: 'light' | 'dark' }) {
  const editor = useEditor();
  const { store } = editor;
  const map = editor.useState((s) => s.map);
  const selected = editor.useState((s) => s.selected);
  const drag = editor.useState((s) => s.dragPositions);
  const hidden = editor.useState((s) => s.hidden);
  const canEdit = editor.useState((s) => canEditMap(s.role));
  const flow = useReactFlow();
  const far = useFlowState((s) => s.transform[2] < FAR_ZOOM);
  const editingId = editor.useState((s) => s.editingId);
  const layers = editor.useState((s) => s.layers);
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const [pending, setPending] = useState<PendingRelation | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);

  // While Focus or Filter hides part of the map, the shown cards are drawn moved together
  // (compaction.ts); drags are kept, and written, in the map's own coordinates.
  const compacting = useView((s) => s.view.byFocus.size + s.view.byFilter.size > 0);
  const stored = useMemo(() => getPositions(map, NO_DRAG), [map]);
  const anchor = useView((s) => s.focusIds?.[0]);
  const offsets = useMemo(() => (compacting ? getCompaction(map, stored, hidden, measured.current, anchor, canvasAspect(canvasRef.current)) : NO_OFFSETS), [compacting, map, stored, hidden, anchor]);
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;
  const positions = useMemo(() => applyOffsets(drag.size > 0 ? getPositions(map, drag) : stored, offsets), [map, drag, stored, offsets]);
  const previousNodes = useRef(new Map<string, CanvasNode>());
  const { nodes, edges } = useMemo(() => {
    const previous = previousNodes.current;
    const projected = projectMap(map, positions, selected, hidden, previous);
    const nodes = projected.nodes.map((n) => {
      const m = measured.current.get(n.id);
      if (!m || (n.measured?.width === m.width && n.measured?.height === m.height)) return n;
      // Measured: React Flow keeps the handle places it measured only for a node without estimated ones.
      return { ...n, measured: m, handles: undefined } as CanvasNode;
    });
    previousNodes.current = new Map(nodes.map((n) => [n.id, n]));
    return { nodes, edges: projected.edges };
    // Sizes React Flow measured are kept in a ref and attached when a node object is next
    // rebuilt; unchanged node objects keep React Flow's own measurement, so a card scrolling
    // into view (and being measured) never re-projects the whole map.
  }, [map, positions, selected, hidden]);

  useEffect(() => {
    // Reads the position when called: the statement may have been created a moment ago.
    // Moves the view only when the card is not already in full view (no needless jumps).
    store.centerOn = (id) => {
      const at = store.state.getState().map.statements.find((s) => s.id === id)?.position;
      const o = offsetsRef.current.get(id);
      const p = at && o ? { x: at.x + o.dx, y: at.y + o.dy } : at;
      if (!p || isInView(flow, p)) return;
      void flow.setCenter(p.x + CARD_WIDTH / 2, p.y + 40, { zoom: Math.max(flow.getZoom(), 0.8), duration: 200 });
    };
  }, [store, flow]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    let selection: Set<NodeId> | undefined;
    // Copied only when a drag moves or ends: cards scrolling into view while panning send
    // 'dimensions' changes, and a new dragPositions object would re-project the whole map.
    let dragging: Map<string, { x: number; y: number }> | undefined;
    const drags = () => (dragging ??= new Map(store.state.getState().dragPositions));
    const ended: Record<string, { x: number; y: number }> = {};
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) {
        measured.current.set(c.id, c.dimensions);
      } else if (c.type === 'select') {
        selection ??= new Set(store.state.getState().selected);
        // One selection shape: a junction node selects its inference by the inference's own id.
        const id = getNodeId(getRelations(store.state.getState().map), toModelId(c.id));
        if (id && c.selected) selection.add(id);
        else if (id) selection.delete(id);
      } else if (c.type === 'position' && !isJunctionId(c.id)) {
        if (c.dragging && c.position) drags().set(c.id, removeOffset(c.id, c.position, offsetsRef.current));
        else if (c.dragging === false) {
          const p = c.position ? removeOffset(c.id, c.position, offsetsRef.current) : drags().get(c.id);
          if (p) ended[c.id] = p;
          drags().delete(c.id);
        }
      }
    }
    if (Object.keys(ended).length > 0) store.dispatch([{ type: 'moveStatements', positions: ended, pinned: true }]);
    if (dragging || selection) store.state.setState({ ...(dragging && { dragPositions: dragging }), ...(selection && { selected: selection }) });
  }, [store]);

  const onEdgesChange = useCallback((changes: EdgeChange<RelationEdgeType>[]) => {
    const selection = new Set(store.state.getState().selected);
    let changed = false;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      const edge = edges.find((e) => e.id === c.id);
      if (!edge?.data) continue;
      changed = true;
      if (c.selected) selection.add(edge.data.inferenceId);
      else selection.delete(edge.data.inferenceId);
    }
    if (changed) store.state.setState({ selected: selection });
  }, [store, edges]);

  useInitialView(map, nodes.length > 0);
  // Each card reads its own label place from this store (SemanticZoom fills it), so a new zoom
  // step re-renders only the cards whose label changes, never the node list.
  const [labelledStore] = useState(createLabelledStore);
  const labelled = useStore(labelledStore, (s) => s.places);
  const pointer = useOverviewPointer(nodes, far, store);
  const { drawnCardAt } = pointer;
  const flowNodes = useDomCards(nodes, far, { hovered: pointer.hovered, editingId, labelled, dragging: drag, layers });
  // A filter change draws the shown cards together (compaction): fit them, as Focus does.
  const filters = useView((s) => s.filters);
  const firstFilters = useRef(filters);
  useEffect(() => {
    if (filters === firstFilters.current) return;
    const t = setTimeout(() => void flow.fitView({ padding: 0.05, duration: 200, ...FIT_HIDDEN_TOO }), 60);
    return () => clearTimeout(t);
  }, [filters, flow]);

  const lastPointer = useRef({ x: 0, y: 0 });
  const onConnect = useCallback((c: Connection) => {
    // Source and target may be one card (its outgoing handle dropped on its own incoming one): a self-attack.
    if (!c.source || !c.target) return;
    setPending({ premise: c.source, target: c.target, screen: { ...lastPointer.current } });
  }, []);

  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    const pt = 'changedTouches' in event ? event.changedTouches[0] : event;
    lastPointer.current = { x: pt.clientX, y: pt.clientY };
    if (state.isValid || !state.fromNode) return;
    const from = state.fromNode.id;
    const fromIsPremiseSide = state.fromHandle?.type === 'source';
    // Dropped on a card (not exactly on its handle): relate the two statements.
    // Far out the card may be drawn only on the overview layer (no hover while a button is down): find it by its box.
    const under = document.elementFromPoint(pt.clientX, pt.clientY)?.closest('.react-flow__node')?.getAttribute('data-id')
      ?? drawnCardAt(pt.clientX, pt.clientY);
    if (under && under !== from) {
      const [premise, target] = fromIsPremiseSide || isJunctionId(under) ? [from, under] : [under, from];
      if (!isJunctionId(premise)) setPending({ premise, target, screen: { ...lastPointer.current } });
      return;
    }
    // Dropped on empty canvas: a new statement there, related to the one dragged from.
    if (under || isJunctionId(from)) return;
    const at = flow.screenToFlowPosition({ x: pt.clientX, y: pt.clientY });
    setPending({ premise: fromIsPremiseSide ? from : '', target: fromIsPremiseSide ? '' : from, screen: { ...lastPointer.current }, newAt: at });
  }, [flow, drawnCardAt]);

  const choose = useCallback((choice: 'support' | 'attack' | 'join') => {
    if (!pending) return;
    setPending(null);
    applyRelationDrop(actionContext, pending, choice);
  }, [pending, actionContext]);

  const onDoubleClick = useCallback((e: React.MouseEvent) => {
    if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
    const card = drawnCardAt(e.clientX, e.clientY);
    if (card) {
      if (canEditMap(store.state.getState().role)) openEditor(store, asStatementId(card));
      return;
    }
    const at = canvasRef.current ? clearOfControls(canvasRef.current, { x: e.clientX, y: e.clientY }, flow.getViewport().zoom) : { x: e.clientX, y: e.clientY };
    addStatementAt(actionContext, flow.screenToFlowPosition(at));
  }, [actionContext, flow, drawnCardAt, store]);

  return (
    <div ref={canvasRef} className="canvas" onDoubleClick={onDoubleClick} onPointerMove={(e) => {
      lastPointer.current = { x: e.clientX, y: e.clientY };
      pointer.trackHover(e);
    }} onPointerLeave={pointer.clearHover}>
      <EdgeMarkers />
      <LabelledContext.Provider value={labelledStore}>
        <ReactFlow<CanvasNode, RelationEdgeType>
          nodes={flowNodes}
          edges={far ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onPaneClick={pointer.onPaneClick}
          onSelectionStart={pointer.onSelectionStart}
          onSelectionEnd={pointer.onSelectionEnd}
          connectionMode={'loose' as never}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
          colorMode={theme}
          minZoom={0.05}
          onlyRenderVisibleElements
          nodesDraggable={canEdit}
          nodesConnectable={canEdit}
          proOptions={{ hideAttribution: true }}
        >
          {/* Far out the dots would be a few pixels apart: noise to look at, and a full repaint on every frame of a pan. */}
          {!far && <Background />}
          <OverviewLayer nodes={nodes} edges={edges} active={far} theme={theme} />
          <Minimap nodes={nodes} ariaLabel="Minimap" />
          <Controls fitViewOptions={FIT_HIDDEN_TOO} />
          <PresenceLayer />
          <ZoomBand target={canvasRef} />
          <SemanticZoom map={map} positions={positions} hidden={hidden} selected={selected} canvas={canvasRef} />
        </ReactFlow>
      </LabelledContext.Provider>
      {pending && <RelationPicker pending={pending} onChoose={choose} onCancel={() => setPending(null)} />}
    </div>
  );
}

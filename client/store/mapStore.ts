import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ArgumentMap, type Statement, createEmptyMap } from '../../core/model';
import { LOCAL_ORIGIN, applyOps, createUserUndo, readMap } from '../../core/sync';
import type { MapOp } from '../../core/ops';
import type { Layer, Layers } from './layers';

/**
 * One store per open map. `map` mirrors the Y.Doc (Y is the truth; only actions write to it);
 * everything else is local to this tab and never enters the document.
 */
export interface MapState {
  readonly map: ArgumentMap;
  readonly selected: ReadonlySet<string>;
  readonly editingId: string | null;
  /** Positions of statements being dragged right now (preview only; written once at drag end). */
  readonly dragPositions: ReadonlyMap<string, { x: number; y: number }>;
  readonly problems: number;
  /** Canvas decorations by feature (see layers.ts). */
  readonly layers: Layers;
  /** Statements hidden by this tab's view (collapse, focus, filters), computed by the view code. */
  readonly hidden: ReadonlySet<string>;
  /** The side panel shown, if any. */
  readonly panel: string | null;
  /** The local user's role on this map (from the share link); 'edit' when the server is open. */
  readonly role: 'edit' | 'comment' | 'view';
}

export interface MapStore {
  readonly mapId: string;
  readonly doc: Y.Doc;
  readonly state: StoreApi<MapState>;
  readonly undoManager: Y.UndoManager;
  /**
   * Applies edit operations as one local, undoable transaction. With `merge`, the edit joins
   * the current undo step (typing in a statement is one step per editing session).
   */
  dispatch(ops: readonly MapOp[], options?: { merge?: boolean }): void;
  /** Sets (or with undefined, clears) one named decoration layer. */
  setLayer(name: string, layer: Layer | undefined): void;
  /** Selects statements and, when asked, centres the canvas on the first (set by the canvas). */
  select(ids: readonly string[], options?: { center?: boolean }): void;
  /** The canvas registers how to centre on a statement. */
  centerOn: (id: string) => void;
  destroy(): void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Keeps unchanged statements the same objects, so memoized canvas nodes do not re-render. */
function shareStructure(prev: ArgumentMap, next: ArgumentMap): ArgumentMap {
  const old = new Map(prev.statements.map((s) => [s.id, s]));
  const statements = next.statements.map((s: Statement) => {
    const o = old.get(s.id);
    return o && sameJson(o, s) ? o : s;
  });
  return { ...next, statements };
}

export function createMapStore(mapId: string, doc: Y.Doc): MapStore {
  const state = createStore<MapState>(() => ({
    map: createEmptyMap(''),
    selected: new Set(),
    editingId: null,
    dragPositions: new Map(),
    problems: 0,
    layers: {},
    hidden: new Set(),
    panel: null,
    role: 'edit',
  }));
  const refresh = () => {
    const { map, problems } = readMap(doc);
    state.setState((s) => ({ map: shareStructure(s.map, map), problems: problems.length }));
  };
  refresh();
  const onUpdate = () => refresh();
  doc.on('update', onUpdate);
  const undoManager = createUserUndo(doc);
  const store: MapStore = {
    mapId,
    doc,
    state,
    undoManager,
    centerOn: () => {},
    setLayer(name, layer) {
      const current = state.getState().layers;
      if (current[name] === layer || (layer === undefined && !(name in current))) return;
      state.setState((s) => {
        const layers = { ...s.layers };
        if (layer) layers[name] = layer;
        else delete layers[name];
        return { layers };
      });
    },
    select(ids, options) {
      state.setState({ selected: new Set(ids) });
      if (options?.center && ids[0]) store.centerOn(ids[0]);
    },
    dispatch(ops, options) {
      const { role } = state.getState();
      // The server drops what this role may not write; refusing here keeps the local copy honest.
      if (role === 'view') return;
      if (role === 'comment' && ops.some((op) => !op.type.endsWith('Comment'))) return;
      if (options?.merge) return applyOps(doc, ops, LOCAL_ORIGIN);
      undoManager.stopCapturing();
      applyOps(doc, ops, LOCAL_ORIGIN);
      undoManager.stopCapturing();
    },
    destroy() {
      doc.off('update', onUpdate);
      undoManager.destroy();
    },
  };
  return store;
}

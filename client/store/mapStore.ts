import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ArgumentMap, type Statement, createEmptyMap } from '../../core/model';
import { LOCAL_ORIGIN, applyOps, getDocParts, readMap } from '../../core/sync';
import type { MapOp } from '../../core/ops';

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
}

export interface MapStore {
  readonly doc: Y.Doc;
  readonly state: StoreApi<MapState>;
  readonly undoManager: Y.UndoManager;
  /** Applies edit operations as one local, undoable transaction. */
  dispatch(ops: readonly MapOp[]): void;
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

export function createMapStore(doc: Y.Doc): MapStore {
  const state = createStore<MapState>(() => ({
    map: createEmptyMap(''),
    selected: new Set(),
    editingId: null,
    dragPositions: new Map(),
    problems: 0,
  }));
  const refresh = () => {
    const { map, problems } = readMap(doc);
    state.setState((s) => ({ map: shareStructure(s.map, map), problems: problems.length }));
  };
  refresh();
  const onUpdate = () => refresh();
  doc.on('update', onUpdate);
  const parts = getDocParts(doc);
  const undoManager = new Y.UndoManager([parts.meta, parts.statements, parts.inferences, parts.comments, parts.sources], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 500,
    ignoreRemoteMapChanges: true,
  });
  return {
    doc,
    state,
    undoManager,
    dispatch(ops) {
      undoManager.stopCapturing();
      applyOps(doc, ops, LOCAL_ORIGIN);
      undoManager.stopCapturing();
    },
    destroy() {
      doc.off('update', onUpdate);
      undoManager.destroy();
    },
  };
}

import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ArgumentMap, type NodeId, type StatementId, getNodeId, getRelations } from '../../core/model';
import { LOCAL_ORIGIN, applyOps, applyWorkshopOps, createMapReader, createUserUndo } from '../../core/sync';
import { type MapOp, type WorkshopOp, checkOps, checkWorkshopOps } from '../../core/ops';
import { type Role, checkRoleOps } from '../../core/policy/roles';
import { checkWorkshopRole } from '../../core/policy/workshopRole';
import { getParticipantId } from '../workshop/participant';
import type { Layer, Layers } from './layers';

/**
 * One store per open map. `map` mirrors the Y.Doc (Y is the truth; only actions write to it);
 * everything else is local to this tab and never enters the document.
 */
export interface MapState {
  readonly map: ArgumentMap;
  readonly selected: ReadonlySet<NodeId>;
  readonly editingId: StatementId | null;
  /** How the text box of `editingId` opens: where the caret goes, and whether the statement is new. */
  readonly editStart: EditStart;
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
  readonly role: Role;
  /** The last edit refused where it was made, and why (shown to the person). */
  readonly refused: { readonly message: string; readonly at: number } | null;
}

export interface EditStart {
  /** A character offset (where the person double-clicked) or the end of the text. */
  readonly caret: number | 'end';
  /** For a statement created to be typed into: the undo depth before it was created (Escape undoes back to it). */
  readonly createdAtDepth: number | null;
}

export const EDIT_AT_END: EditStart = { caret: 'end', createdAtDepth: null };

export interface MapStore {
  readonly mapId: string;
  readonly doc: Y.Doc;
  readonly state: StoreApi<MapState>;
  readonly undoManager: Y.UndoManager;
  /**
   * Applies edit operations as one local, undoable transaction. With `merge`, the edit joins
   * the current undo step (typing in a statement is one step per editing session); with
   * `continues`, the next edit joins this one (a new statement and the typing into it).
   * Ops that would break the model (core checkOps) or that this role may not write are refused:
   * nothing is written, and the reason is returned and kept in `refused` for the editor to show.
   */
  dispatch(ops: readonly MapOp[], options?: { merge?: boolean; continues?: boolean }): string | undefined;
  /**
   * Applies workshop ops (ratings, rounds, scenarios, walkthrough) in one transaction that no
   * undo stack tracks. Refused like `dispatch` when the role may not write them or they would
   * store an invalid record.
   */
  dispatchWorkshop(ops: readonly WorkshopOp[]): string | undefined;
  /** Sets (or with undefined, clears) one named decoration layer. */
  setLayer(name: string, layer: Layer | undefined): void;
  /** Selects statements and, when asked, centres the canvas on the first (set by the canvas). */
  /** Selects the statements and inferences with these ids; ids the map does not hold are left out. */
  select(ids: readonly string[], options?: { center?: boolean }): void;
  /** The canvas registers how to centre on a statement. */
  centerOn: (id: string) => void;
  destroy(): void;
}

export function createMapStore(mapId: string, doc: Y.Doc): MapStore {
  // Work per Y transaction is proportional to the edit, not to the map (see createMapReader).
  const reader = createMapReader(doc);
  const state = createStore<MapState>(() => ({
    map: reader.map,
    selected: new Set(),
    editingId: null,
    editStart: EDIT_AT_END,
    dragPositions: new Map(),
    problems: reader.problems,
    layers: {},
    hidden: new Set(),
    panel: null,
    role: 'edit',
    refused: null,
  }));
  const onTransaction = (transaction: Y.Transaction) => {
    if (reader.apply(transaction)) state.setState({ map: reader.map, problems: reader.problems });
  };
  doc.on('afterTransaction', onTransaction);
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
      const relations = getRelations(state.getState().map);
      const known = ids.flatMap((id) => getNodeId(relations, id) ?? []);
      state.setState({ selected: new Set(known) });
      if (options?.center && known[0]) store.centerOn(known[0]);
    },
    dispatch(ops, options) {
      const { role, map } = state.getState();
      // The server drops what this role may not write; refusing here keeps the local copy honest.
      // Only a comment link's writes depend on whose they are.
      const refused = checkRoleOps(role, ops, role === 'comment' ? getParticipantId() : undefined, map.comments) ?? checkOps(map, ops);
      if (refused) {
        state.setState({ refused: { message: refused, at: Date.now() } });
        return refused;
      }
      if (options?.merge) return void applyOps(doc, ops, LOCAL_ORIGIN);
      undoManager.stopCapturing();
      applyOps(doc, ops, LOCAL_ORIGIN);
      if (!options?.continues) undoManager.stopCapturing();
      return undefined;
    },
    dispatchWorkshop(ops) {
      const { role, map } = state.getState();
      const refused = checkWorkshopRole(role, ops, getParticipantId()) ?? checkWorkshopOps(map, ops);
      if (refused) {
        state.setState({ refused: { message: refused, at: Date.now() } });
        return refused;
      }
      applyWorkshopOps(doc, ops);
      return undefined;
    },
    destroy() {
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
    },
  };
  return store;
}

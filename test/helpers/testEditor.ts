import * as Y from 'yjs';
import type { ArgumentMap } from '../../core/model';
import { toModelId } from '../../core/model';
import type { RelationChoice } from '../../core/ops';
import { createDocFromMap, undoTopStep } from '../../core/sync';
import type { ActionContext } from '../../client/actions/action';
import { allActions } from '../../client/actions/allActions';
import { applyRelationDrop, type RelationDrop } from '../../client/actions/relateDrop';
import { type WorkshopActionName, performWorkshop } from '../../client/actions/workshopActions';
import { type MapStore, createMapStore } from '../../client/store/mapStore';
import { notationMap, toNotation } from './mapNotation';

/**
 * An editor in the test process (in the spirit of tldraw's TestEditor): the real map store on a
 * real Y.Doc, the registered actions, and the canvas' relate-on-drop rule, without a browser.
 * Interaction rules are tested in milliseconds; the browser is kept for focus, rendering and
 * pointer gestures.
 *
 *   const editor = createTestEditor(['i1: a > t', 'i2: b > t', 'u1: u x i2']);
 *   editor.select('a', 'b').perform('joinPremises');
 *   expect(editor.relations()).toEqual(['i1: a b > t', 'u1: u x i1']);
 */
export interface TestEditor {
  readonly store: MapStore;
  readonly doc: Y.Doc;
  /** Messages the editor showed the person (toasts), oldest first. */
  readonly notices: string[];
  readonly map: ArgumentMap;
  select(...ids: string[]): TestEditor;
  /** Runs a registered action by name, as a shortcut or toolbar button does. */
  perform(name: string): TestEditor;
  /** Runs a registered workshop action by name with what the person chose, as a panel's button does; returns why nothing was written. */
  performWorkshop<K extends WorkshopActionName>(name: K, args: Parameters<typeof performWorkshop<K>>[2]): string | undefined;
  /** Runs the action a key press would run (`j`, `shift+j`, `delete`, `mod+z`). */
  press(key: string): TestEditor;
  /** What choosing in the relation picker after a connecting drag does. */
  drop(drop: RelationDrop, choice: RelationChoice): TestEditor;
  undo(): TestEditor;
  /** The map's relations and comments in the test notation, sorted. */
  relations(): string[];
  /** The last notice, or undefined. */
  lastNotice(): string | undefined;
  /** A second client that shares the document (changes travel both ways at once). */
  peer(): TestEditor;
  destroy(): void;
}

const STATEMENT_POOL = ['a', 'b', 'c', 's', 't', 'u', 'v', 'w'];

export function createTestEditor(from: ArgumentMap | readonly string[], doc?: Y.Doc): TestEditor {
  const ydoc = doc ?? createDocFromMap(Array.isArray(from) ? notationMap(from as string[], STATEMENT_POOL) : (from as ArgumentMap));
  const store = createMapStore('test-map', ydoc);
  const notices: string[] = [];
  const ctx: ActionContext = {
    store,
    viewCenter: () => ({ x: 400, y: 300 }),
    fitView: () => {},
    openHelp: () => {},
    notify: (message) => void notices.push(message),
  };
  const peers: TestEditor[] = [];
  const editor: TestEditor = {
    store,
    doc: ydoc,
    notices,
    get map() {
      return store.state.getState().map;
    },
    select(...ids) {
      store.select(ids.map(toModelId));
      return editor;
    },
    perform(name) {
      const action = allActions.find((a) => a.name === name);
      if (!action) throw new Error(`no action named ${name}`);
      action.perform(ctx);
      return editor;
    },
    performWorkshop: (name, args) => performWorkshop(store, name, args),
    press(key) {
      const action = allActions.find((a) => a.keys?.includes(key));
      if (!action) throw new Error(`no action on key ${key}`);
      action.perform(ctx);
      return editor;
    },
    drop(drop, choice) {
      applyRelationDrop(ctx, drop, choice);
      return editor;
    },
    undo() {
      undoTopStep(store.undoManager);
      return editor;
    },
    relations: () => toNotation(store.state.getState().map),
    lastNotice: () => notices[notices.length - 1],
    peer() {
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
      const forward = (target: Y.Doc) => (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(target, update, 'peer');
      ydoc.on('update', forward(other));
      other.on('update', forward(ydoc));
      const p = createTestEditor([], other);
      peers.push(p);
      return p;
    },
    destroy() {
      peers.forEach((p) => p.destroy());
      store.destroy();
    },
  };
  return editor;
}

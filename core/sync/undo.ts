import * as Y from 'yjs';
import { LOCAL_ORIGIN, getDocParts } from './docShape';

/**
 * Per-user undo: only this user's changes (LOCAL_ORIGIN) are tracked, and Yjs' default
 * `ignoreRemoteMapChanges: false` never overwrites a value another user set after you (with
 * `true`, undoing your move would put a statement back even if someone moved it since).
 */
export function createUserUndo(doc: Y.Doc, ignoreRemoteMapChanges = false): Y.UndoManager {
  return new Y.UndoManager(Object.values(getDocParts(doc)), {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 500,
    ignoreRemoteMapChanges,
  });
}

/**
 * Undoes the top step only. When everything in that step was overwritten by others, Yjs would
 * otherwise go on to pop the next step (e.g. undo your statement's creation and delete it);
 * here the step is dropped and nothing else happens.
 */
export function undoTopStep(um: Y.UndoManager): boolean {
  const rest = um.undoStack.splice(0, um.undoStack.length - 1);
  try {
    return um.undo() !== null;
  } finally {
    um.undoStack.unshift(...rest);
  }
}

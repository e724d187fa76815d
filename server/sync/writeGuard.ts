import * as Y from 'yjs';
import { type Role, getWritableRoots } from '../../core/policy/roles';

/** True when an update carries no change at all (e.g. the sync reply of a client with an empty document). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

/**
 * The names of the shared top-level types an update would change in `doc`, found by applying
 * it to a scratch copy; undefined when the update depends on changes the document lacks (it
 * would wait in the document and could later change anything).
 */
export function getTouchedRoots(doc: Y.Doc, update: Uint8Array): Set<string> | undefined {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const changed: Y.AbstractType<any>[] = [];
  scratch.on('afterTransaction', (tr: Y.Transaction) => tr.changed.forEach((_keys, type) => changed.push(type)));
  Y.applyUpdate(scratch, update);
  const complete = scratch.store.pendingStructs === null && scratch.store.pendingDs === null;
  const names = new Map<unknown, string>([...scratch.share].map(([name, type]) => [type, name]));
  const roots = new Set<string>();
  for (let type of changed) {
    while (type._item !== null) type = type._item.parent as Y.AbstractType<any>;
    roots.add(names.get(type) ?? '(unnamed)');
  }
  scratch.destroy();
  return complete ? roots : undefined;
}

/**
 * Which incoming updates a connection may apply (core/policy/roles): edit links anything;
 * comment links only changes to the comments and the ratings; view links nothing. An update that changes nothing passes (a
 * reconnecting viewer's sync reply repeats the deletions it received: that is no edit).
 * Checking costs a copy of the document; such updates are rare next to edits.
 */
export function createWriteGuard(role: Role, doc: Y.Doc): (update: Uint8Array) => boolean {
  const allowed = getWritableRoots(role);
  if (!allowed) return () => true;
  return (update) => {
    if (isEmptyUpdate(update)) return true;
    const roots = getTouchedRoots(doc, update);
    return roots !== undefined && [...roots].every((r) => allowed.has(r));
  };
}

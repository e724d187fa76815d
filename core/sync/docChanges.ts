import type * as Y from 'yjs';

/**
 * Calls `listener` with the origin of every transaction that changed the document, as Yjs's
 * 'update' event would, but without asking Yjs to encode each transaction as an update: a
 * listener on 'update' makes Yjs encode every transaction again, the server's whole map on
 * opening it included. For code that needs to know that (and by whom) the document changed,
 * not the bytes.
 */
export function onDocChange(doc: Y.Doc, listener: (origin: unknown) => void): () => void {
  const onTransaction = (tr: Y.Transaction) => {
    if (hasChanges(tr)) listener(tr.origin);
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/** What makes Yjs emit 'update': something deleted, or some client's clock moved. */
function hasChanges(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
}

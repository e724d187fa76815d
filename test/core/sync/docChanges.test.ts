import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { onDocChange } from '../../../core/sync';

/** onDocChange against Yjs's own 'update' event as the oracle: the same transactions, the same origins. */
describe('onDocChange', () => {
  it('reports exactly the transactions Yjs reports as updates, with their origins', () => {
    const doc = new Y.Doc();
    const seen: unknown[] = [];
    const updates: unknown[] = [];
    const stop = onDocChange(doc, (origin) => seen.push(origin));
    doc.on('update', (_u: Uint8Array, origin: unknown) => updates.push(origin));
    const text = doc.getText('t');
    doc.transact(() => text.insert(0, 'abc'), 'local');
    doc.transact(() => {}, 'empty'); // no change: no update
    doc.transact(() => text.delete(0, 1), 'deleting');
    const other = new Y.Doc();
    other.getMap('m').set('k', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'again'); // already known: no update
    expect(seen).toEqual(['local', 'deleting', 'remote']);
    expect(seen).toEqual(updates);
    stop();
    doc.transact(() => text.insert(0, 'x'), 'after');
    expect(seen).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOps } from '../../core/sync';
import { getTouchedRoots } from '../../server/sync/writeGuard';
import { randomEdit } from '../helpers/randomEdits';
import { createRng } from '../helpers/rng';
import { testComment } from '../helpers/ids';

/** The oracle: apply the update to a copy of the document and see which top-level types changed. */
function rootsByApplying(doc: Y.Doc, update: Uint8Array): string[] {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const roots = new Set<string>();
  const names = () => new Map<unknown, string>([...scratch.share].map(([name, type]) => [type, name]));
  scratch.on('afterTransaction', (tr: Y.Transaction) => {
    const byType = names();
    tr.changed.forEach((_keys, type) => {
      let t = type;
      while (t._item !== null) t = t._item.parent as typeof t;
      roots.add(byType.get(t)!);
    });
  });
  Y.applyUpdate(scratch, update);
  return [...roots].sort();
}

describe('inspectUpdate names what an update changes without applying it', () => {
  it.each([1, 2])('agrees with applying it to a copy, over 100 random edits from two peers (seed %i)', (seed) => {
    const rng = createRng(seed);
    const server = new Y.Doc();
    const peers = [new Y.Doc(), new Y.Doc()];
    let n = 0;
    for (let step = 0; step < 100; step++) {
      const peer = rng.pick(peers);
      const before = Y.encodeStateVector(peer);
      applyOps(peer, randomEdit(rng, peer, () => `s${seed}_${n++}`));
      if (rng.chance(0.2)) applyOps(peer, [{ type: 'addComment', comment: testComment({ id: `c${n++}`, target: 'x', author: 'A', text: 'hi', createdAt: '2024-01-01T00:00:00Z' }) }]);
      const update = Y.encodeStateAsUpdate(peer, before);
      const expected = rootsByApplying(server, update);
      expect([...getTouchedRoots(server, update)!].sort()).toEqual(expected);
      Y.applyUpdate(server, update);
      for (const other of peers) if (other !== peer && rng.chance(0.6)) Y.applyUpdate(other, Y.encodeStateAsUpdate(server, Y.encodeStateVector(other)));
    }
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isEmptyDiff, diffMaps, opsToRestore } from '../../../core/history';
import { LOCAL_ORIGIN, SEED_ORIGIN, applyOps, getDocParts, readMap } from '../../../core/sync';
import { opsForMap } from '../../../core/ops';
import type { ArgumentMap } from '../../../core/model';
import { createRng } from '../../helpers/rng';
import { randomMap, sortedMap } from '../../helpers/randomMap';
import { srcid } from '../../helpers/ids';

function docOf(map: ArgumentMap): Y.Doc {
  const doc = new Y.Doc();
  applyOps(doc, opsForMap(map), SEED_ORIGIN);
  return doc;
}

const withSource = (map: ArgumentMap, text: string): ArgumentMap => ({
  ...map,
  sources: [{ id: srcid('src'), title: 'Article', text }],
  statements: map.statements.map((s, i) => (i === 0 ? { ...s, anchors: [{ source: srcid('src'), start: 0, end: 5, quote: text.slice(0, 5) }] } : s)),
});

describe('opsToRestore', () => {
  it('turns 150 random current maps into random targets, as one undoable step', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rng = createRng(seed);
      const current = randomMap(rng);
      const target = randomMap(rng);
      const doc = docOf(current);
      expect(sortedMap(readMap(doc).map)).toEqual(sortedMap(current));
      const undo = new Y.UndoManager(Object.values(getDocParts(doc)), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 500, ignoreRemoteMapChanges: true });
      applyOps(doc, opsToRestore(current, target));
      const restored = readMap(doc);
      expect(restored.problems, `seed ${seed}`).toEqual([]);
      expect(sortedMap(restored.map), `seed ${seed}`).toEqual(sortedMap(target));
      undo.undo();
      expect(isEmptyDiff(diffMaps(current, readMap(doc).map)), `undo, seed ${seed}`).toBe(true);
    }
  });

  it('restores sources and the anchors that point into them', () => {
    const rng = createRng(7);
    const current = withSource(randomMap(rng), 'Hello world, this is the old text');
    const target = withSource(randomMap(rng), 'Howdy world, this is the new text');
    const doc = docOf(current);
    applyOps(doc, opsToRestore(current, target));
    expect(sortedMap(readMap(doc).map)).toEqual(sortedMap(target));
    applyOps(doc, opsToRestore(target, { ...target, sources: [], statements: target.statements.map((s) => ({ ...s, anchors: [] })) }));
    expect(readMap(doc).map.sources).toEqual([]);
  });

  it('returns no ops when nothing differs', () => {
    const map = randomMap(createRng(3));
    expect(opsToRestore(map, map)).toEqual([]);
  });
});

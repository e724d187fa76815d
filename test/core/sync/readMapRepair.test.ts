import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps, getDocParts, readMap } from '../../../core/sync';
import { testComment, testInference, testStatement } from '../../helpers/ids';

/** The small fixture map in a Y.Doc: three statements, two inferences, one valid comment. */
function fixtureDoc(): Y.Doc {
  const doc = new Y.Doc();
  applyOps(doc, [
    { type: 'addStatement', statement: testStatement({ id: 't', text: 'We should plant more trees.', kind: 'thesis' }) },
    { type: 'addStatement', statement: testStatement({ id: 'r1', text: 'Trees cool cities.' }) },
    { type: 'addStatement', statement: testStatement({ id: 'o1', text: 'Trees cost money.' }) },
    { type: 'addInference', inference: testInference({ id: 'i1', premises: ['r1'], target: 't', polarity: 'support' }) },
    { type: 'addInference', inference: testInference({ id: 'i2', premises: ['o1'], target: 't', polarity: 'attack' }) },
    { type: 'addComment', comment: testComment({ id: 'c0', target: 'i1', author: 'Ann', text: 'Source?', createdAt: '2024-05-01T10:00:00Z' }) },
  ]);
  return doc;
}

describe('readMap repairs by dropping exactly the invalid records', () => {
  it.each([1, 101, 1000])('keeps every valid record next to %i invalid comments', (n) => {
    const doc = fixtureDoc();
    const { comments } = getDocParts(doc);
    doc.transact(() => {
      for (let i = 0; i < n; i++) comments.set(`bad${i}`, { id: `bad${i}`, target: 't', text: 42 });
    });
    const { map, problems } = readMap(doc);
    expect(map.statements.map((s) => s.id).sort()).toEqual(['o1', 'r1', 't']);
    expect(map.inferences.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(map.comments.map((c) => c.id)).toEqual(['c0']);
    expect(problems.length).toBeGreaterThanOrEqual(n);
  });

  it('drops 300 invalid statements and nothing else', () => {
    const doc = fixtureDoc();
    doc.transact(() => {
      for (let i = 0; i < 300; i++) getDocParts(doc).statements.set(`bad${i}`, new Y.Map([['kind', 'villain']]));
    });
    const { map } = readMap(doc);
    expect(map.statements).toHaveLength(3);
    expect(map.inferences).toHaveLength(2);
    expect(map.comments).toHaveLength(1);
  });

  it('drops replies whose parent was dropped, and keeps the map when the title is invalid', () => {
    const doc = fixtureDoc();
    const { comments, meta } = getDocParts(doc);
    doc.transact(() => {
      comments.set('p', { id: 'p', target: 't', author: 'A', text: 42, createdAt: '2024-05-01T10:00:00Z' });
      comments.set('reply', { id: 'reply', target: 't', parent: 'p', author: 'B', text: 'Indeed', createdAt: '2024-05-01T10:00:00Z' });
      meta.set('title', 'x'.repeat(600));
    });
    const { map } = readMap(doc);
    expect(map.title).toBe('Untitled map');
    expect(map.comments.map((c) => c.id)).toEqual(['c0']);
    expect(map.inferences).toHaveLength(2);
  });
});

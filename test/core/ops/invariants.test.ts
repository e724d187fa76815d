import { describe, expect, it } from 'vitest';

import { type MapOp, checkOps } from '../../../core/ops';
import { notationMap } from '../../helpers/mapNotation';
import { srcid, testOps, testStatement, type Loose } from '../../helpers/ids';

const map = () => {
  const m = notationMap(['i1: a b > t', 'u1: u x i1', 'c1 @ t']);
  return { ...m, sources: [{ id: srcid('src'), title: 'S', text: 'hello world' }], statements: m.statements.map((s) => (s.id === 'a' ? { ...s, anchors: [{ source: srcid('src'), start: 0, end: 5, quote: 'hello' }] } : s)) };
};

describe('invariants on write', () => {
  it.each<[string, Loose<MapOp>[], RegExp | undefined]>([
    ['typing in a statement', [{ type: 'setStatementText', id: 'a', text: 'x' }], undefined],
    ['typing in a deleted statement', [{ type: 'setStatementText', id: 'gone', text: 'x' }], /no longer exists/],
    ['a statement with a used id', [{ type: 'addStatement', statement: testStatement({ id: 'i1' }) }], /already used/],
    ['a statement with an invalid id', [{ type: 'addStatement', statement: testStatement({ id: 'a b' }) }], /not a valid id/],
    ['a relation from a missing premise', [{ type: 'addInference', inference: { id: 'n', premises: ['zz'], target: 't', polarity: 'support' } }], /no longer exists/],
    ['a relation with no premise', [{ type: 'addInference', inference: { id: 'n', premises: [], target: 't', polarity: 'support' } }], /at least one premise/],
    ['a premise listed twice', [{ type: 'updateInference', id: 'i1', patch: { premises: ['a', 'a'] } }], /only once/],
    ['an inference as a premise', [{ type: 'addInference', inference: { id: 'n', premises: ['i1'], target: 't', polarity: 'support' } }], /Only statements/],
    ['an unknown polarity', [{ type: 'addInference', inference: { id: 'n', premises: ['a'], target: 't', polarity: 'maybe' as 'support' } }], /support or an attack/],
    ['turning an undercut into a support', [{ type: 'updateInference', id: 'u1', patch: { polarity: 'support' } }], /only be attacked/],
    ['a statement added and related in one step', [{ type: 'addStatement', statement: testStatement({ id: 'n' }) }, { type: 'addInference', inference: { id: 'ni', premises: ['n'], target: 'u1', polarity: 'attack' } }], undefined],
    ['relating to a statement removed earlier in the same step', [{ type: 'removeStatement', id: 't' }, { type: 'addInference', inference: { id: 'ni', premises: ['a'], target: 't', polarity: 'attack' } }], /no longer exists/],
    ['a comment on a missing statement', [{ type: 'addComment', comment: { id: 'c2', target: 'zz', author: 'x', text: 'y', createdAt: '2026-01-01T00:00:00Z' } }], /no longer exists/],
    ['a reply to a missing comment', [{ type: 'addComment', comment: { id: 'c2', target: 't', parent: 'zz', author: 'x', text: 'y', createdAt: '2026-01-01T00:00:00Z' } }], /replied to/],
    ['moving a comment to a relation', [{ type: 'updateComment', id: 'c1', patch: { target: 'i1' } }], undefined],
    ['removing a quoted source', [{ type: 'removeSource', id: 'src' }], /quoted by 1 statement/],
    ['a 501-character title', [{ type: 'setMeta', patch: { title: 'x'.repeat(501) } }], /500/],
  ])('%s', (_name, ops, expected) => {
    const reason = checkOps(map(), testOps(ops));
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });
});

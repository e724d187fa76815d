import { describe, expect, it } from 'vitest';
import { type CommentId, type InferenceId, type NodeId, type StatementId, getRelations } from '../../../core/model';
import type { MapOp } from '../../../core/ops';
import { cid, iid, sid } from '../../helpers/ids';
import { notationMap } from '../../helpers/mapNotation';

/**
 * Branded ids: type-level checks (tsc runs over test/, so an `@ts-expect-error` that stops
 * being an error fails `npm run typecheck`), and what the brands cost at run time (nothing).
 */
describe('branded ids', () => {
  it('are the strings they were made from', () => {
    expect([sid('a'), iid('i1'), cid('c1')]).toEqual(['a', 'i1', 'c1']);
    const asText: string = sid('a'); // an id reads as a string anywhere
    expect(asText.toUpperCase()).toBe('A');
  });

  it('cannot be mixed up', () => {
    const statement: StatementId = sid('a');
    const inference: InferenceId = iid('i1');
    const comment: CommentId = cid('c1');
    // @ts-expect-error an inference id is not a statement id
    const wrongStatement: StatementId = inference;
    // @ts-expect-error a statement id is not an inference id
    const wrongInference: InferenceId = statement;
    // @ts-expect-error a comment id names neither
    const wrongNode: NodeId = comment;
    // @ts-expect-error a plain string is no id until it is checked or made
    const plain: StatementId = 'a';
    // @ts-expect-error ops on comments take comment ids
    const removeComment: MapOp = { type: 'removeComment', id: statement };
    const node: NodeId = inference; // a node is a statement or an inference
    // @ts-expect-error ops on inferences take inference ids
    const removeInference: MapOp = { type: 'removeInference', id: statement };
    expect([wrongStatement, wrongInference, wrongNode, plain, removeComment.type, removeInference.type, node]).toHaveLength(7);
  });

  it('are checked against the relations index, which is how a plain id becomes a branded one', () => {
    const relations = getRelations(notationMap(['i1: a > t', 'u1: u x i1']));
    // @ts-expect-error undercutsOf asks about an inference; a statement id does not compile
    expect(relations.undercutsOf(sid('t'))).toEqual([]);
    expect(relations.undercutsOf(iid('i1')).map((u) => u.id)).toEqual(['u1']);
    const fromOutside: string = 'i1';
    if (!relations.inferences.has(fromOutside)) throw new Error('i1 is an inference');
    const checked: InferenceId = fromOutside; // narrowed by `has`
    expect(relations.hasJunction(checked)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type Anchor, type CommentId, type Inference, type InferenceId, type NodeId, type SourceId, type StatementId, createSourceId, createStatement, getNodeId, getRelations } from '../../../core/model';
import type { MapOp } from '../../../core/ops';
import { cid, iid, sid, srcid, testStatement } from '../../helpers/ids';
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

  it('statements carry statement ids, and what refers to a statement takes one', () => {
    const statement = testStatement({ id: 'a' });
    const inference = iid('i1');
    const fromRecord: StatementId = statement.id;
    // @ts-expect-error a statement's id is not an inference id
    const asInference: InferenceId = statement.id;
    // @ts-expect-error a statement is made with a statement id, not an inference id
    const madeWrong = createStatement({ id: inference });
    // @ts-expect-error premises are statements: an inference id does not compile
    const premiseWrong: Inference = { id: inference, premises: [inference], target: statement.id, polarity: 'support' };
    const undercut: Inference = { id: iid('u1'), premises: [statement.id], target: inference, polarity: 'attack' }; // a target may be either
    // @ts-expect-error ops on statements take statement ids
    const removeStatement: MapOp = { type: 'removeStatement', id: inference };
    // @ts-expect-error ops on statements take statement ids
    const setText: MapOp = { type: 'setStatementText', id: iid('i1'), text: 'x' };
    // @ts-expect-error ops on inferences take inference ids, also when a statement id comes from a record
    const removeInference: MapOp = { type: 'removeInference', id: statement.id };
    expect([fromRecord, asInference, madeWrong.id, premiseWrong.premises[0], undercut.target, removeStatement.type, setText.type, removeInference.type])
      .toEqual(['a', 'a', 'i1', 'i1', 'i1', 'removeStatement', 'setStatementText', 'removeInference']);
  });

  it('sources carry source ids, and anchors point at one', () => {
    const source: SourceId = srcid('src');
    const anchor: Anchor = { source, start: 0, end: 1, quote: 'x' };
    // @ts-expect-error an anchor points at a source, not a statement
    const wrongAnchor: Anchor = { source: sid('a'), start: 0, end: 1, quote: 'x' };
    // @ts-expect-error removeSource takes a source id
    const removeSource: MapOp = { type: 'removeSource', id: sid('a') };
    expect([anchor.source, wrongAnchor.source, removeSource.type]).toEqual(['src', 'a', 'removeSource']);
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
    const fromCanvas: string = 't';
    if (!relations.statements.has(fromCanvas)) throw new Error('t is a statement');
    const statement: StatementId = fromCanvas; // narrowed by `has`
    expect(getNodeId(relations, statement)).toBe('t');
    expect(getNodeId(relations, 'nothing')).toBeUndefined();
  });
});

describe('createSourceId: one rule for the Source panel and the HTTP API', () => {
  it.each([
    ['Op-ed, 3 May', [], 'op-ed-3-may'],
    ['Op-ed, 3 May', ['op-ed-3-may'], 'op-ed-3-may-2'],
    ['Op-ed, 3 May', ['op-ed-3-may', 'op-ed-3-may-2'], 'op-ed-3-may-3'],
    ['Čeština à la carte', [], 'cestina-a-la-carte'],
    ['…', [], 'source'],
    ['', ['source'], 'source-2'],
  ])('%s with %j taken → %s', (title, taken, id) => {
    expect(createSourceId(title, (x) => (taken as string[]).includes(x))).toBe(id);
  });
});

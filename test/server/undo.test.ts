import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { MapOp } from '../../core/ops';
import { applyOps, readMap } from '../../core/sync';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { createUserUndo, undoTopStep } from '../helpers/undo';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { iid, sid, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const statement = (doc: Y.Doc, id = 't') => readMap(doc).map.statements.find((s) => s.id === id);
const inSync = (a: Y.Doc, b: Y.Doc) => () => Y.encodeStateVector(a).toString() === Y.encodeStateVector(b).toString()
  && JSON.stringify(readMap(a).map) === JSON.stringify(readMap(b).map);

/** Two unmodified y-websocket clients on one map, through the real server. */
async function twoClients() {
  const server = await startServerWith(makeDirs());
  cleanups.add(() => server.close());
  const [a, b] = [connectClient(server.url, 'small'), connectClient(server.url, 'small')];
  cleanups.add(() => (a.provider.destroy(), b.provider.destroy()));
  await Promise.all([synced(a.provider), synced(b.provider)]);
  return { a: a.doc, b: b.doc };
}

async function editInTurn(a: Y.Doc, b: Y.Doc, byA: MapOp[], byB: MapOp[]) {
  applyOps(a, byA);
  await waitFor(inSync(a, b), 3000, "A's edit to reach B");
  applyOps(b, byB);
  await waitFor(inSync(a, b), 3000, "B's edit to reach A");
}

const cases: { name: string; byA: MapOp[]; byB: MapOp[]; after: Record<string, unknown> }[] = [
  {
    name: 'A types in the text; B types in the same text and changes kind and position',
    byA: [{ type: 'setStatementText', id: sid('t'), text: 'We should plant more trees now.' }],
    byB: [
      { type: 'setStatementText', id: sid('t'), text: 'Indeed, we should plant more trees now.' },
      { type: 'updateStatement', id: sid('t'), patch: { kind: 'evidence' } },
      { type: 'moveStatements', positions: { t: { x: 500, y: 40 } } },
    ],
    after: { text: 'Indeed, we should plant more trees.', kind: 'evidence', position: { x: 500, y: 40 } },
  },
  {
    name: 'A moves and pins the statement; B moves it elsewhere',
    byA: [{ type: 'moveStatements', positions: { t: { x: 100, y: 100 } }, pinned: true }],
    byB: [{ type: 'moveStatements', positions: { t: { x: 300, y: 300 } } }],
    after: { text: 'We should plant more trees.', position: { x: 300, y: 300 }, pinned: undefined },
  },
  {
    name: 'A changes kind and tags; B changes the kind again',
    byA: [{ type: 'updateStatement', id: sid('t'), patch: { kind: 'assumption', tags: ['a'] } }],
    byB: [{ type: 'updateStatement', id: sid('t'), patch: { kind: 'question' } }],
    after: { kind: 'question', tags: [] },
  },
  {
    name: 'A relabels an inference; B flips its polarity',
    byA: [{ type: 'updateInference', id: iid('i1'), patch: { label: 'Cooling' } }],
    byB: [{ type: 'updateInference', id: iid('i1'), patch: { polarity: 'attack' } }],
    after: {},
  },
];

describe('undo is per user: A undoes, B’s changes remain', () => {
  it.each(cases)('$name', async ({ byA, byB, after }) => {
    const { a, b } = await twoClients();
    const [undoA, undoB] = [createUserUndo(a), createUserUndo(b)];
    await editInTurn(a, b, byA, byB);
    expect(undoA.undoStack).toHaveLength(1); // remote changes never enter a local stack
    undoTopStep(undoA);
    await waitFor(inSync(a, b), 3000, "A's undo to reach B");
    for (const doc of [a, b]) {
      const t = statement(doc)!;
      for (const [k, v] of Object.entries(after)) expect((t as unknown as Record<string, unknown>)[k], k).toEqual(v);
      expect(readMap(doc).map.statements).toHaveLength(3); // nothing else was undone
    }
    if (byB[0].type === 'updateInference') expect(readMap(a).map.inferences.find((i) => i.id === 'i1')).toMatchObject({ polarity: 'attack' });
    expect(undoB.undoStack).toHaveLength(1);
  });

  it('an undo whose change others overwrote does nothing, rather than undoing an earlier step too', async () => {
    const { a, b } = await twoClients();
    const undoA = createUserUndo(a);
    applyOps(a, [{ type: 'addStatement', statement: testStatement({ id: 'n', text: 'Mine', position: { x: 0, y: 0 } }) }]);
    undoA.stopCapturing();
    await editInTurn(a, b, [{ type: 'moveStatements', positions: { n: { x: 50, y: 50 } } }], [{ type: 'moveStatements', positions: { n: { x: 90, y: 90 } } }]);
    expect(undoA.undoStack).toHaveLength(2);
    undoTopStep(undoA);
    await waitFor(inSync(a, b));
    expect(statement(b, 'n')).toMatchObject({ position: { x: 90, y: 90 } }); // still there, where B put it
    expect(undoA.undoStack).toHaveLength(1);
    undoTopStep(undoA); // the next undo takes back A's own creation
    await waitFor(inSync(a, b));
    expect(statement(b, 'n')).toBeUndefined();
  });

  it('why: with ignoreRemoteMapChanges true, undoing A’s move reverts B’s later move', async () => {
    const { a, b } = await twoClients();
    const undoA = createUserUndo(a, true);
    const before = statement(a)!.position;
    await editInTurn(a, b, [{ type: 'moveStatements', positions: { t: { x: 100, y: 100 } } }], [{ type: 'moveStatements', positions: { t: { x: 300, y: 300 } } }]);
    undoA.undo();
    await waitFor(inSync(a, b));
    expect(statement(b)!.position).toEqual(before);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { getParticipantIdOf } from '../../core/policy/participant';
import { applyOps, readMap } from '../../core/sync';
import { getTouchedRoots } from '../../server/sync/writeGuard';
import { startWithRoleLinks } from '../helpers/roleLinks';
import { createCleanups } from '../helpers/serverWith';
import { synced, waitFor } from '../helpers/yclient';
import { cid, sid, testComment, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup() {
  const { server, admin, connect } = await startWithRoleLinks(cleanups, 'roles-secret-0123456789', PARTICIPANT_KEY);
  const serverMap = () => readMap(server.rooms.loaded.get('small')!.doc).map;
  return { server, admin, connect, serverMap };
}

/** The participant key of every client here (one browser): comment links change only their own comments. */
const PARTICIPANT_KEY = 'roles-test-participant-key-0001';
const comment = (id: string, text: string) => ({ type: 'addComment', comment: testComment({ id, target: 't', author: 'Cleo', owner: getParticipantIdOf(PARTICIPANT_KEY), text, createdAt: '2024-05-01T10:00:00Z' }) }) as const;
const texts = (map: ReturnType<typeof readMap>['map']) => map.statements.map((s) => s.text);

describe('role enforcement on the sync socket', () => {
  it("drops a view-only client's edits: they never reach the server or other clients, and the client is told why", async () => {
    const { connect, serverMap, admin } = await setup();
    const viewer = await connect('view');
    const editor = await connect('edit');
    applyOps(viewer.doc, [
      { type: 'setStatementText', id: sid('t'), text: 'Hijacked by a viewer' },
      { type: 'addStatement', statement: testStatement({ id: 'v1', text: 'Viewer statement' }) },
    ]);
    await waitFor(() => viewer.denials.length > 0, 3000, 'the denial');
    expect(viewer.denials[0]).toMatch(/view-only/);
    // Later edits by the editor arrive everywhere, including at the viewer; the viewer's never do.
    applyOps(editor.doc, [{ type: 'addStatement', statement: testStatement({ id: 'e1', text: 'Editor statement' }) }]);
    await waitFor(() => readMap(viewer.doc).map.statements.some((s) => s.id === 'e1'), 3000, 'the edit to reach the viewer');
    // A reconnect re-sends the viewer's whole local state (sync step 2): still dropped.
    viewer.provider.disconnect();
    viewer.provider.connect();
    await synced(viewer.provider);
    await waitFor(() => viewer.denials.length > 1, 3000, 'the second denial');
    for (const map of [serverMap(), readMap(editor.doc).map, (await admin('GET', '/api/maps/small')).body]) {
      expect(texts(map)).not.toContain('Hijacked by a viewer');
      expect(map.statements.map((s: { id: string }) => s.id)).not.toContain('v1');
      expect(map.statements.map((s: { id: string }) => s.id)).toContain('e1');
    }
    expect(editor.denials).toEqual([]);
  });

  it('does not tell off a viewer who only received changes, deletions included, when it reconnects', async () => {
    const { connect } = await setup();
    const viewer = await connect('view');
    const editor = await connect('edit');
    applyOps(editor.doc, [{ type: 'removeStatement', id: sid('o1') }, { type: 'setStatementText', id: sid('t'), text: 'Shorter.' }]);
    await waitFor(() => readMap(viewer.doc).map.statements.length === 2, 3000, 'the deletion to reach the viewer');
    viewer.provider.disconnect();
    viewer.provider.connect();
    await synced(viewer.provider);
    applyOps(editor.doc, [{ type: 'addStatement', statement: testStatement({ id: 'e2', text: 'Barrier' }) }]);
    await waitFor(() => readMap(viewer.doc).map.statements.some((s) => s.id === 'e2'), 3000, 'a later edit to reach the viewer');
    expect(viewer.denials).toEqual([]);
  });

  it('lets a comment-only client comment, and drops its other changes whole', async () => {
    const { connect, serverMap } = await setup();
    const editor = await connect('edit');
    const commenter = await connect('comment');
    applyOps(commenter.doc, [comment('c1', 'Is there a source for this?')]);
    await waitFor(() => readMap(editor.doc).map.comments.some((c) => c.id === 'c1'), 3000, 'the comment to reach the editor');
    applyOps(commenter.doc, [{ type: 'updateComment', id: cid('c1'), patch: { resolved: true } }]);
    await waitFor(() => serverMap().comments[0]?.resolved === true, 3000, 'the comment update');
    expect(commenter.denials).toEqual([]);

    // A second commenter (a fresh document) edits a statement and comments in one transaction: all dropped.
    const mixed = await connect('comment');
    applyOps(mixed.doc, [comment('c2', 'Mixed'), { type: 'setStatementText', id: sid('t'), text: 'Changed by a commenter' }]);
    await waitFor(() => mixed.denials.length > 0, 3000, 'the denial');
    expect(mixed.denials[0]).toMatch(/comment-only/);
    const third = await connect('comment');
    applyOps(third.doc, [{ type: 'moveStatements', positions: { t: { x: 999, y: 999 } } }]);
    await waitFor(() => third.denials.length > 0, 3000, 'the denial');
    const map = serverMap();
    expect(map.comments.map((c) => c.id)).toEqual(['c1']);
    expect(texts(map)).not.toContain('Changed by a commenter');
    expect(map.statements.find((s) => s.id === 't')!.position).not.toEqual({ x: 999, y: 999 });
  });
});

describe('getTouchedRoots', () => {
  const docWithStatement = () => {
    const doc = new Y.Doc();
    applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: 's', text: 'Hello' }) }]);
    return doc;
  };
  const updateFrom = (doc: Y.Doc, change: (d: Y.Doc) => void) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(copy);
    change(copy);
    return Y.encodeStateAsUpdate(copy, sv);
  };

  it.each([
    ['a nested statement text edit', (d: Y.Doc) => applyOps(d, [{ type: 'setStatementText', id: sid('s'), text: 'Hello there' }]), ['statements']],
    ['a deletion', (d: Y.Doc) => applyOps(d, [{ type: 'removeStatement', id: sid('s') }]), ['statements']],
    ['a comment', (d: Y.Doc) => applyOps(d, [{ type: 'addComment', comment: testComment({ id: 'c', target: 's', author: 'A', text: 'x', createdAt: '2024-01-01T00:00:00Z' }) }]), ['comments']],
    ['a new top-level type', (d: Y.Doc) => d.getArray('sneaky').push([1]), ['sneaky']],
    ['nothing', () => {}, []],
  ])('names the top-level types changed by %s', (_name, change, roots) => {
    const doc = docWithStatement();
    expect([...getTouchedRoots(doc, updateFrom(doc, change))!].sort()).toEqual(roots);
  });

  it('answers undefined for an update that depends on changes the document lacks', () => {
    const doc = docWithStatement();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
    applyOps(ahead, [{ type: 'setStatementText', id: sid('s'), text: 'Hello there' }]);
    const sv = Y.encodeStateVector(ahead);
    applyOps(ahead, [{ type: 'addComment', comment: testComment({ id: 'c', target: 's', author: 'A', text: 'x', createdAt: '2024-01-01T00:00:00Z' }) }]);
    expect(getTouchedRoots(doc, Y.encodeStateAsUpdate(ahead, sv))).toBeUndefined();
  });
});

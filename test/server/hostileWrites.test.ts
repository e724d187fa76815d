import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { getParticipantIdOf } from '../../core/policy/participant';
import { applyOps, getDocParts } from '../../core/sync';
import { startWithRoleLinks } from '../helpers/roleLinks';
import { createCleanups } from '../helpers/serverWith';
import { waitFor } from '../helpers/yclient';
import { sid, testComment, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup() {
  const { admin, connect } = await startWithRoleLinks(cleanups, 'writes-secret-0123456789', PARTICIPANT_KEY);
  const apiMap = async () => (await admin('GET', '/api/maps/small')).body;
  return { admin, connect, apiMap };
}

const PARTICIPANT_KEY = 'writes-test-participant-key-0001';
const comment = (id: string, text = 'A fair point') => testComment({ id, target: 't', author: 'Cleo', owner: getParticipantIdOf(PARTICIPANT_KEY), text, createdAt: '2024-05-01T10:00:00Z' });

describe('the write guard refuses invalid records at the door', () => {
  it('refuses an update from a comment link that adds 101 invalid comments; the map keeps its relations', async () => {
    const { connect, apiMap } = await setup();
    const commenter = await connect('comment');
    // Written to the shared maps directly, as a hostile client would (the app's actions validate).
    getDocParts(commenter.doc).comments.doc!.transact(() => {
      for (let i = 0; i < 101; i++) getDocParts(commenter.doc).comments.set(`bad${i}`, { id: `bad${i}`, target: 't', text: 42 });
    });
    await waitFor(() => commenter.denials.length > 0, 5000, 'the refusal');
    expect(commenter.denials[0]).toMatch(/invalid comment/);
    const map = await apiMap();
    expect(map.inferences).toHaveLength(2);
    expect(map.comments.map((c: { id: string }) => c.id)).not.toContain('bad0');
  });

  it.each([
    ['a 200,000-character comment', 'comment', (d: Y.Doc) => applyOps(d, [{ type: 'addComment', comment: comment('long', 'x'.repeat(200_000)) }]), /comment.*longer than/],
    ['a 200,000-character statement', 'edit', (d: Y.Doc) => applyOps(d, [{ type: 'addStatement', statement: testStatement({ id: 'long', text: 'x'.repeat(200_000) }) }]), /limited to 100,000/],
    ['typing past the statement limit', 'edit', (d: Y.Doc) => applyOps(d, [{ type: 'setStatementText', id: sid('t'), text: 'y'.repeat(100_001) }]), /limited to 100,000/],
    ['a 600-character title', 'edit', (d: Y.Doc) => applyOps(d, [{ type: 'setMeta', patch: { title: 't'.repeat(600) } }]), /title is longer than 500/],
    ['a statement kind that does not exist', 'edit', (d: Y.Doc) => getDocParts(d).statements.get('t')!.set('kind', 'villain'), /kind must be one of/],
    ['an inference without premises', 'edit', (d: Y.Doc) => getDocParts(d).inferences.set('i9', { id: 'i9', premises: [], target: 't', polarity: 'support' }), /needs at least one premise/],
  ])('refuses %s (sent over sync), saying why; the map is unchanged', async (_name, role, change, reason) => {
    const { connect, apiMap } = await setup();
    const before = await apiMap();
    const client = await connect(role);
    change(client.doc);
    await waitFor(() => client.denials.length > 0, 5000, 'the refusal');
    expect(client.denials[0]).toMatch(reason);
    expect(await apiMap()).toEqual(before);
  });

  it('lets valid edits and comments through', async () => {
    const { connect, apiMap } = await setup();
    const editor = await connect('edit');
    const commenter = await connect('comment');
    applyOps(editor.doc, [{ type: 'setStatementText', id: sid('t'), text: 'We should plant many more trees.' }, { type: 'setMeta', patch: { title: 'Trees' } }]);
    applyOps(commenter.doc, [{ type: 'addComment', comment: comment('c1') }]);
    await waitFor(() => getDocParts(editor.doc).comments.has('c1'), 5000, 'the comment to reach the editor');
    await waitFor(() => getDocParts(commenter.doc).meta.get('title') === 'Trees', 5000, 'the title to reach the commenter');
    const map = await apiMap();
    expect(map.title).toBe('Trees');
    expect(map.comments.map((c: { id: string }) => c.id)).toEqual(['c1']);
    expect([...editor.denials, ...commenter.denials]).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';

import { getParticipantIdOf } from '../../core/policy/participant';
import { canRate, checkRoleOps, getWritableRoots, mayChangeComment, mayChangeRating } from '../../core/policy/roles';
import { applyOps, readWorkshop, setRating, getDocParts } from '../../core/sync';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { cid, sid, testComment, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const frame = (...parts: (number | Uint8Array)[]) => {
  const e = encoding.createEncoder();
  for (const p of parts) (typeof p === 'number' ? encoding.writeVarUint(e, p) : encoding.writeVarUint8Array(e, p));
  return encoding.toUint8Array(e);
};

/** A client speaking the sync protocol by hand: messages are built byte by byte, no provider. */
async function rawClient(url: string, token: string, participant = 'policy-test-participant-key-01') {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/small?token=${encodeURIComponent(token)}&participant=${participant}`);
  ws.binaryType = 'arraybuffer';
  const replies: Uint8Array[] = [];
  ws.on('message', (data: ArrayBuffer) => replies.push(new Uint8Array(data)));
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  cleanups.add(() => ws.close());
  /** Sends an update, then a sync step 1 whose step 2 reply proves the server handled the update first. */
  const send = async (update: Uint8Array) => {
    ws.send(frame(0, 2, update));
    const seen = replies.length;
    ws.send(frame(0, 0, Y.encodeStateVector(new Y.Doc())));
    const deadline = Date.now() + 5000;
    while (!replies.slice(seen).some((m) => { const d = decoding.createDecoder(m); return decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1; })) {
      if (Date.now() > deadline) throw new Error('no sync step 2 reply');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { send };
}

/** An update made on a document of its own (no dependency on the server's state). */
const updateOf = (write: (doc: Y.Doc) => void) => {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
};

describe('one role policy (core/policy/roles)', () => {
  it('says what each role may write', () => {
    expect(getWritableRoots('edit')).toBeUndefined();
    expect([...getWritableRoots('comment')!].sort()).toEqual(['comments', 'ratings']);
    expect([...getWritableRoots('view')!]).toEqual([]);
    expect([canRate('view'), canRate('comment'), canRate('edit')]).toEqual([false, true, true]);
    expect(checkRoleOps('comment', [{ type: 'removeComment', id: cid('c') }], 'p-me', [testComment({ id: 'c', target: 't', author: 'M', owner: 'p-me', text: 'x', createdAt: '2026-01-01T00:00:00Z' })])).toBeUndefined();
    expect(checkRoleOps('comment', [{ type: 'removeStatement', id: sid('t') }])).toMatch(/comment on this map and rate it/);
    expect(checkRoleOps('view', [{ type: 'removeComment', id: cid('c') }])).toMatch(/view this map/);
  });

  it('lets a comment link change only its own comments and ratings (by participant id); edit links any', () => {
    const mine = { owner: 'p-me' };
    const theirs = { owner: 'p-them' };
    expect([
      mayChangeComment('comment', 'p-me', undefined, mine), mayChangeComment('comment', 'p-me', mine, mine), mayChangeComment('comment', 'p-me', mine, undefined),
      mayChangeComment('comment', 'p-me', undefined, theirs), mayChangeComment('comment', 'p-me', theirs, theirs), mayChangeComment('comment', 'p-me', theirs, undefined),
      mayChangeComment('comment', 'p-me', mine, theirs), mayChangeComment('comment', undefined, undefined, {}), mayChangeComment('view', 'p-me', undefined, mine),
      mayChangeComment('edit', undefined, theirs, undefined),
    ]).toEqual([true, true, true, false, false, false, false, false, false, true]);
    expect([
      mayChangeRating('comment', 'p-me', 'p-me|t|', { participant: 'p-me' }), mayChangeRating('comment', 'p-me', 'p-me|t|', undefined),
      mayChangeRating('comment', 'p-me', 'p-them|t|', undefined), mayChangeRating('comment', 'p-me', 'p-me|t|', { participant: 'p-them' }),
      mayChangeRating('comment', 'p-me', 'p-me-too|t|', undefined), mayChangeRating('view', 'p-me', 'p-me|t|', undefined), mayChangeRating('edit', undefined, 'p-them|t|', undefined),
    ]).toEqual([true, true, false, false, false, false, true]);
    const fc = testComment({ id: 'fc', target: 't', author: 'F', owner: 'p-them', text: 'x', createdAt: '2026-01-01T00:00:00Z' });
    expect(checkRoleOps('comment', [{ type: 'updateComment', id: cid('fc'), patch: { resolved: true } }], 'p-me', [fc])).toMatch(/only your own comments/);
    expect(checkRoleOps('comment', [{ type: 'addComment', comment: { ...fc, id: cid('c2'), owner: 'p-me' } }], 'p-me', [fc])).toBeUndefined();
    expect(checkRoleOps('edit', [{ type: 'removeComment', id: cid('fc') }], undefined, [fc])).toBeUndefined();
  });

  it('on the raw protocol: a comment link’s rating is stored, its statement is dropped; a view link’s rating is dropped', async () => {
    const server = await startServerWith(makeDirs(), { authSecret: 'policy-secret-0123456789' });
    cleanups.add(() => server.close());
    const admin = createApi(server.url, server.adminToken);
    const link = async (role: string) => (await admin('POST', '/api/maps/small/links', { role })).body.token as string;
    const commenter = await rawClient(server.url, await link('comment'));
    const viewer = await rawClient(server.url, await link('view'));
    const rating = (participant: string) => ({ participant, target: 't', stance: 'agree' as const, confidence: 4, at: '2026-01-01T00:00:00Z' });

    const cleo = getParticipantIdOf('policy-test-participant-key-01');
    await commenter.send(updateOf((d) => setRating(d, rating(cleo))));
    await commenter.send(updateOf((d) => applyOps(d, [{ type: 'addStatement', statement: testStatement({ id: 'sneaky', text: 'Not allowed' }) }])));
    await viewer.send(updateOf((d) => setRating(d, rating('vic'))));

    const doc = server.rooms.loaded.get('small')!.doc;
    const ratings = readWorkshop(doc, { statements: [...getDocParts(doc).statements.keys()].map((id) => testStatement({ id })), inferences: [] })?.ratings ?? [];
    expect(ratings.map((r) => r.participant)).toEqual([cleo]);
    expect(getDocParts(doc).statements.has('sneaky')).toBe(false);
  });
});

import { randomFillSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Comment } from '../../core/model';
import { createParticipantKey, getParticipantIdOf } from '../../core/policy/participant';
import { applyOps, getDocParts, readMap, setRating } from '../../core/sync';
import { getWorkshopParts } from '../../core/sync/workshop';
import { createApi } from '../helpers/http';
import { type RawPeer, deniedReasons, fetchDoc, openPeer, syncUpdate } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';
import { cid, testComment } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const newKey = () => createParticipantKey((b) => randomFillSync(b));
const comment = (id: string, owner: string, text: string): Comment => (testComment({ id: id, target: 't', author: 'Someone', owner, text, createdAt: '2026-05-01T10:00:00Z' }));
const rating = (participant: string, stance: 'agree' | 'disagree') => ({ participant, target: 't', stance, confidence: 4, at: '2026-05-01T10:00:00Z' });

async function setup() {
  const server = await startServerWith(makeDirs(), { authSecret: 'owners-secret-0123456789' });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const link = async (role: string) => (await admin('POST', '/api/maps/small/links', { role })).body.token as string;
  // The facilitator (an edit link) comments and rates from a browser with its own participant key.
  const facilitatorKey = newKey();
  const facilitatorId = getParticipantIdOf(facilitatorKey);
  const facilitator = connectClient(server.url, 'small', { token: await link('edit'), participant: facilitatorKey });
  cleanups.add(() => facilitator.provider.destroy());
  await synced(facilitator.provider);
  applyOps(facilitator.doc, [{ type: 'addComment', comment: comment('fc', facilitatorId, 'Please cite the study.') }]);
  setRating(facilitator.doc, rating(facilitatorId, 'agree'));
  const watcher = connectClient(server.url, 'small', { token: await link('view') });
  cleanups.add(() => watcher.provider.destroy());
  await synced(watcher.provider);
  await waitFor(() => getDocParts(watcher.doc).comments.has('fc') && getWorkshopParts(watcher.doc).ratings.size === 1, 5000, 'the facilitator’s comment and rating');
  const commentPeer = async (key?: string) => {
    const peer = await openPeer(`${server.url.replace(/^http/, 'ws')}/sync/small?token=${await link('comment')}${key ? `&participant=${key}` : ''}`);
    cleanups.add(() => peer.ws.terminate());
    return peer;
  };
  return { server, admin, facilitatorId, watcher, commentPeer };
}

/** Sends, over a raw comment-link socket, what `change` does to a fresh copy of the served map. */
async function sendChange(peer: RawPeer, change: (doc: Y.Doc) => void) {
  const doc = await fetchDoc(peer);
  const before = Y.encodeStateVector(doc);
  change(doc);
  await peer.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)));
}

describe('comment authorship is checked on the server (issue 12 item 14)', () => {
  it.each([
    ['edits the facilitator’s comment', (d: Y.Doc) => applyOps(d, [{ type: 'updateComment', id: cid('fc'), patch: { text: 'Forged words' } }])],
    ['resolves the facilitator’s comment', (d: Y.Doc) => applyOps(d, [{ type: 'updateComment', id: cid('fc'), patch: { resolved: true } }])],
    ['deletes the facilitator’s comment', (d: Y.Doc) => applyOps(d, [{ type: 'removeComment', id: cid('fc') }])],
    ['writes a comment in the facilitator’s name', (d: Y.Doc, f: string) => applyOps(d, [{ type: 'addComment', comment: comment('forged', f, 'I take it all back') }])],
    ['writes a comment with no owner', (d: Y.Doc) => getDocParts(d).comments.set('anon', { id: 'anon', target: 't', author: 'X', text: 'y', createdAt: '2026-05-01T10:00:00Z' })],
    ['overwrites the facilitator’s rating', (d: Y.Doc, f: string) => setRating(d, rating(f, 'disagree'))],
    ['deletes the facilitator’s rating', (d: Y.Doc) => getWorkshopParts(d).ratings.clear()],
  ])('refuses a comment link that %s; nobody sees it, and its own comment edit works', async (_name, attack) => {
    const { server, admin, facilitatorId, watcher, commentPeer } = await setup();
    const key = newKey();
    const me = getParticipantIdOf(key);
    const hostile = await commentPeer(key);
    await sendChange(hostile, (d) => attack(d, facilitatorId));
    await waitFor(() => deniedReasons(hostile).length > 0, 5000, 'the refusal');
    expect(deniedReasons(hostile)[0]).toMatch(/only your own/);
    // Its own comment, written and then edited, reaches everyone (a fresh copy: the refused change is not in it).
    await sendChange(hostile, (d) => applyOps(d, [{ type: 'addComment', comment: comment('mine', me, 'First draft') }]));
    await sendChange(hostile, (d) => applyOps(d, [{ type: 'updateComment', id: cid('mine'), patch: { text: 'Second thoughts', resolved: true } }]));
    // Fan-out keeps order: once the watcher has the edit, an accepted attack would have arrived before it.
    await waitFor(() => readMap(watcher.doc).map.comments.some((c) => c.text === 'Second thoughts'), 5000, 'the own edit to reach the watcher');
    for (const map of [readMap(watcher.doc).map, readMap(server.rooms.loaded.get('small')!.doc).map, (await admin('GET', '/api/maps/small')).body]) {
      expect(map.comments).toEqual([comment('fc', facilitatorId, 'Please cite the study.'), { ...comment('mine', me, 'Second thoughts'), resolved: true }]);
    }
    expect([...getWorkshopParts(watcher.doc).ratings.values()]).toEqual([rating(facilitatorId, 'agree')]);
    expect(hostile.isOpen()).toBe(true);
  });

  it('lets a comment link delete its own comment and rate under its own id, and a link without a key change only what it wrote on that connection', async () => {
    const { facilitatorId, watcher, commentPeer } = await setup();
    const key = newKey();
    const me = getParticipantIdOf(key);
    const participant = await commentPeer(key);
    await sendChange(participant, (d) => applyOps(d, [{ type: 'addComment', comment: comment('mine', me, 'Gone soon') }]));
    await sendChange(participant, (d) => setRating(d, rating(me, 'disagree')));
    await sendChange(participant, (d) => applyOps(d, [{ type: 'removeComment', id: cid('mine') }]));
    // Another connection with the same key is the same participant (a reload).
    const again = await commentPeer(key);
    await sendChange(again, (d) => setRating(d, { ...rating(me, 'agree'), confidence: 2 }));
    await waitFor(() => [...getWorkshopParts(watcher.doc).ratings.values()].some((r) => (r as { confidence: number }).confidence === 2), 5000, 'the re-rating');
    expect(readMap(watcher.doc).map.comments.map((c) => c.id)).toEqual(['fc']);
    expect(deniedReasons(participant)).toEqual([]);
    expect(deniedReasons(again)).toEqual([]);
    // Without a key the server gives the socket an id of its own: nobody else's, and unknown to the client.
    const keyless = await commentPeer();
    await sendChange(keyless, (d) => applyOps(d, [{ type: 'addComment', comment: comment('k', me, 'Claiming to be them') }]));
    await waitFor(() => deniedReasons(keyless).length > 0, 5000, 'the refusal');
    expect(readMap(watcher.doc).map.comments.map((c) => c.id)).toEqual(['fc']);
    expect(facilitatorId).not.toBe(me);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../helpers/http';
import { awarenessFrame, openPeer, readAwareness } from '../helpers/rawPeer';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { connectClient, synced, waitFor } from '../helpers/yclient';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

async function setup() {
  const server = await startServerWith(makeDirs(), { authSecret: 'presence-secret-0123456789' });
  cleanups.add(() => server.close());
  const admin = createApi(server.url, server.adminToken);
  const token = async (role: string) => (await admin('POST', '/api/maps/small/links', { role })).body.token as string;
  const raw = async (role: string) => {
    const p = await openPeer(`${server.url.replace(/^http/, 'ws')}/sync/small?token=${await token(role)}`);
    cleanups.add(() => p.ws.terminate());
    return p;
  };
  const client = async (role: string) => {
    const c = connectClient(server.url, 'small', { token: await token(role) });
    cleanups.add(() => c.provider.destroy());
    await synced(c.provider);
    return c;
  };
  const roomStates = () => server.rooms.loaded.get('small')!.awareness.getStates();
  return { raw, client, roomStates };
}

const presence = (name: string) => JSON.stringify({ user: { name, color: '#2e86ab' }, cursor: { x: 1, y: 2 }, selection: [], editing: null, viewport: null, drag: null });

describe('presence from a hostile client', () => {
  it('drops a deeply nested presence state, and newcomers still join', async () => {
    const { raw, client, roomStates } = await setup();
    const hostile = await raw('view');
    const nested = `{"user":${'['.repeat(6000)}${']'.repeat(6000)}}`;
    await hostile.send(awarenessFrame([{ clientId: 4242, clock: 1, json: nested }]));
    await hostile.send(Uint8Array.of(3)); // its reply says the message above was handled
    await waitFor(() => hostile.messages.some((m) => readAwareness(m) !== undefined) || !hostile.isOpen(), 5000, 'the awareness reply');
    expect(roomStates().has(4242)).toBe(false);
    const newcomer = await client('view');
    expect(newcomer.provider.wsconnected).toBe(true);
  });

  it.each([
    ['a state over 16 KB', JSON.stringify({ user: { name: 'x'.repeat(20_000), color: '#000000' } })],
    ['an unknown field', JSON.stringify({ user: { name: 'a', color: '#000000' }, payload: 'x' })],
    ['a list instead of an object', '[1,2,3]'],
  ])('drops %s, keeping the valid states of the same message', async (_name, json) => {
    const { raw, roomStates } = await setup();
    const hostile = await raw('view');
    await hostile.send(awarenessFrame([{ clientId: 77, clock: 1, json }, { clientId: 78, clock: 1, json: presence('Fine') }]));
    await hostile.send(Uint8Array.of(3));
    await waitFor(() => hostile.messages.some((m) => readAwareness(m)?.has(78)), 5000, 'the valid state');
    expect(roomStates().has(77)).toBe(false);
  });

  it("refuses to let one connection set or clear another participant's presence", async () => {
    const { raw, client, roomStates } = await setup();
    const alice = await client('edit');
    alice.provider.awareness.setLocalState(JSON.parse(presence('Alice')));
    const aliceId = alice.doc.clientID;
    await waitFor(() => (roomStates().get(aliceId) as { user?: { name: string } } | undefined)?.user?.name === 'Alice', 5000, "Alice's presence");
    const observer = await client('view');
    await waitFor(() => observer.provider.awareness.getStates().has(aliceId), 5000, 'the observer to see Alice');
    const hostile = await raw('view');
    await hostile.send(awarenessFrame([{ clientId: aliceId, clock: 1000, json: presence('Mallory was here') }]));
    await hostile.send(awarenessFrame([{ clientId: aliceId, clock: 1001, json: 'null' }]));
    await hostile.send(awarenessFrame([{ clientId: 31337, clock: 1, json: presence('Mallory') }]));
    await waitFor(() => observer.provider.awareness.getStates().has(31337), 5000, "the hostile client's own presence");
    for (const states of [roomStates(), observer.provider.awareness.getStates()]) {
      expect((states.get(aliceId) as { user: { name: string } }).user.name).toBe('Alice');
    }
  });
});

import * as Y from 'yjs';

import { applyOps } from '../../core/sync';
import { openPeer, syncKind, syncUpdate, type RawPeer } from './rawPeer';
import { testStatement } from './ids';

/**
 * Two raw y-websocket peers in one room: A adds a statement, B waits for the server to relay
 * it, and again, until stopped. Records when each round trip completed, to show the server
 * kept relaying while something else (an export, a flood) was under way. `pauseMs` between
 * round trips keeps the probe under a room's update limit.
 */
export async function startRelayProbe(wsRoomUrl: string, { prefix = 'probe', pauseMs = 0 } = {}) {
  const a = await openPeer(wsRoomUrl);
  const b = await openPeer(wsRoomUrl);
  const doc = new Y.Doc();
  const done: number[] = [];
  let running = true;
  let wake: (() => void) | undefined;
  b.ws.on('message', (data: Buffer) => {
    if (syncKind(new Uint8Array(data)) === 2) wake?.();
  });
  const loop = (async () => {
    for (let i = 0; running && a.isOpen() && b.isOpen(); i++) {
      const before = Y.encodeStateVector(doc);
      applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `${prefix}${i}`, text: `probe ${i}` }) }]);
      const relayed = new Promise<void>((resolve) => (wake = resolve));
      await a.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)));
      await Promise.race([relayed, b.closed, a.closed]);
      done.push(performance.now());
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    /** When each round trip completed (performance.now()). */
    done,
    peers: [a, b] as readonly RawPeer[],
    async stop() {
      running = false;
      wake?.();
      await loop;
      a.ws.terminate();
      b.ws.terminate();
    },
  };
}

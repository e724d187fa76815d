import * as Y from 'yjs';

import { applyOps } from '../../../core/sync';
import { awarenessFrame, frame, openPeer, syncStep1, syncUpdate, type RawPeer } from '../../helpers/rawPeer';
import { testStatement } from '../../helpers/ids';

/** Close codes (and HTTP statuses) the hostile clients met, counted: what the server did to them. */
export type Tally = Map<string, number>;
const count = (tally: Tally, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attack` on fresh connections until stopped, reconnecting after each close. */
function loop(name: string, url: () => string, tally: Tally, isRunning: () => boolean, attack: (peer: RawPeer) => Promise<void>): Promise<void> {
  return (async () => {
    while (isRunning()) {
      try {
        const peer = await openPeer(url());
        void attack(peer).catch(() => {});
        const { code } = await Promise.race([peer.closed, (async () => {
          while (isRunning() && peer.isOpen()) await sleep(200);
          peer.ws.terminate();
          return { code: 0 };
        })()]);
        if (code) count(tally, `${name} closed ${code}`);
      } catch (e) {
        count(tally, `${name} refused: ${(e as Error).message.slice(0, 40)}`);
      }
      await sleep(300);
    }
  })();
}

const updatesFrom = (prefix: string, count: number, text = 'spam') => {
  const doc = new Y.Doc();
  return Array.from({ length: count }, (_, i) => {
    const before = Y.encodeStateVector(doc);
    applyOps(doc, [{ type: 'addStatement', statement: testStatement({ id: `${prefix}${i}`, text }) }]);
    return Y.encodeStateAsUpdate(doc, before);
  });
};

function nested(depth: number): unknown {
  let v: unknown = 'x'.repeat(100);
  for (let i = 0; i < depth; i++) v = { a: v, b: 'y'.repeat(100) };
  return v;
}

export interface HostileUrls {
  /** A view link's socket on the workshop map. */
  readonly viewWorkshop: string;
  /** An edit link's socket on another map (the room flood). */
  readonly editOther: string;
  /** The workshop map's PDF export (with the view link's token). */
  readonly exportUrl: string;
}

/** The hostile clients of issue 12 items 1–5, all at once, until `isRunning()` turns false. */
export function startHostile(urls: HostileUrls, tally: Tally, isRunning: () => boolean): Promise<unknown> {
  const attacks = [
    // 1. A reader that stops reading and asks for the whole map hundreds of times.
    loop('1 slow reader', () => urls.viewWorkshop, tally, isRunning, async (p) => {
      p.pause();
      for (let i = 0; i < 400 && p.isOpen(); i++) void p.send(syncStep1());
    }),
    // 2. A view link sending edits it may not make, as fast as it can.
    loop('2 refused edits', () => urls.viewWorkshop, tally, isRunning, async (p) => {
      for (const u of updatesFrom(`h${Date.now()}_`, 400)) if (p.isOpen()) await p.send(syncUpdate(u));
    }),
    // 4. A huge, deeply nested presence state, again and again.
    loop('4 presence bomb', () => urls.viewWorkshop, tally, isRunning, async (p) => {
      const json = JSON.stringify({ user: nested(60) });
      for (let clock = 1; clock < 200 && p.isOpen(); clock++) {
        await p.send(awarenessFrame([{ clientId: 4242, clock, json }]));
        await sleep(20);
      }
    }),
    // 5a. Messages as fast as the socket takes them.
    loop('5 message flood', () => urls.viewWorkshop, tally, isRunning, async (p) => {
      const noise = frame(2, 0, 'x');
      while (p.isOpen()) {
        for (let i = 0; i < 200; i++) p.ws.send(noise);
        await sleep(5);
      }
    }),
    // 5b. An edit link pouring valid edits into another map.
    loop('5 room flood', () => urls.editOther, tally, isRunning, async (p) => {
      for (const u of updatesFrom(`r${Date.now()}_`, 5000)) {
        if (!p.isOpen()) break;
        await p.send(syncUpdate(u));
      }
    }),
  ];
  // 3. Big exports, two at a time, again and again.
  const exports = [0, 1].map(async () => {
    while (isRunning()) {
      const res = await fetch(urls.exportUrl).catch(() => undefined);
      count(tally, `3 export ${res?.status ?? 'failed'}`);
      await res?.arrayBuffer().catch(() => {});
      if (res?.status === 503) await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
    }
  });
  return Promise.all([...attacks, ...exports]);
}

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps, readMap } from '../../core/sync';
import { pickFreePort, spawnServer, type ChildServer } from '../helpers/childServer';
import { nextClose } from '../helpers/closeCode';
import { createRng } from '../helpers/rng';
import { makeDirs } from '../helpers/server';
import { createCleanups } from '../helpers/serverWith';
import { connectClient, contains, synced } from '../helpers/yclient';
import { sid, testStatement } from '../helpers/ids';

const cleanups = createCleanups();
afterEach(() => cleanups.run());

const ROUNDS = 3;

async function start(env: Record<string, string>): Promise<ChildServer> {
  const s = await spawnServer(env);
  cleanups.add(() => s.child.kill('SIGKILL'));
  return s;
}

describe('kill -9 loses nothing anyone has seen', () => {
  it(`${ROUNDS} rounds: every edit client B received survives SIGKILL of the server`, async () => {
    const dirs = makeDirs();
    const env = { PORT: String(await pickFreePort()), DATA_DIR: dirs.dataDir, MAPS_DIR: dirs.mapsDir, AUTO_VERSION_MINUTES: '0' };
    const rng = createRng(2024);
    for (let round = 0; round < ROUNDS; round++) {
      const server = await start(env);
      const a = connectClient(server.url, 'small');
      const b = connectClient(server.url, 'small');
      await Promise.all([synced(a.provider), synced(b.provider)]);
      const killAfter = 20 + rng.int(60);
      let received = 0;
      b.doc.on('update', (_u: Uint8Array, origin: unknown) => {
        if (origin === b.provider && ++received === killAfter) server.child.kill('SIGKILL');
      });
      const bClosed = nextClose(b.provider);
      // A edits as fast as the event loop lets it until the server is gone.
      let sent = 0;
      let dead = false;
      void server.exited.then(() => (dead = true));
      while (!dead && sent < 2000) {
        const id = `r${round}-${sent}`;
        applyOps(a.doc, sent % 3 === 2
          ? [{ type: 'setStatementText', id: sid(`r${round}-${sent - 1}`), text: `edited ${sent}` }]
          : [{ type: 'addStatement', statement: testStatement({ id, text: `Edit ${sent} of round ${round}` }) }]);
        sent++;
        await new Promise((r) => setTimeout(r, 1));
      }
      expect(dead, 'the server was killed').toBe(true);
      await bClosed;
      // What B saw, then both gone before the restart: nobody re-uploads anything.
      const seen = Y.encodeStateAsUpdate(b.doc);
      const seenStatements = readMap(b.doc).map.statements.length;
      a.provider.destroy();
      b.provider.destroy();
      expect(received).toBeGreaterThanOrEqual(killAfter);

      const restarted = await start(env);
      const c = connectClient(restarted.url, 'small');
      let first: Uint8Array | undefined;
      c.doc.on('update', (u: Uint8Array) => (first ??= u));
      await synced(c.provider);
      expect(contains(c.doc, seen), `round ${round}: the restarted server has all ${seenStatements} statements B saw`).toBe(true);
      // The first thing the fresh client got already held the stored map.
      const firstDoc = new Y.Doc();
      Y.applyUpdate(firstDoc, first!);
      expect(readMap(firstDoc).map.statements.length).toBeGreaterThanOrEqual(seenStatements);
      c.provider.destroy();
      restarted.child.kill('SIGKILL');
      await restarted.exited;
    }
  }, 180_000);
});

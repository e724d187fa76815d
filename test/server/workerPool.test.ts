import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOps } from '../../core/sync';
import { createWorkerPool, getPoolOptions } from '../../server/work/pool';
import { waitFor } from '../helpers/yclient';
import { testStatement } from '../helpers/ids';

const pools: ReturnType<typeof createWorkerPool>[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

const ENTRY = new URL('../../server/work/worker.ts', import.meta.url);

function mapUpdates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  applyOps(doc, [{ type: 'setMeta', patch: { title: 'Pool' } }, ...Array.from({ length: n }, (_, i) => ({ type: 'addStatement', statement: testStatement({ id: `s${i}`, text: `Statement ${i}` }) }) as const)]);
  return [Y.encodeStateAsUpdate(doc)];
}

describe('the worker pool (issue 12 item 3, soak memory)', () => {
  it('stops a worker once it has been idle, so the memory a big task grew is given back; the next task starts a fresh one', async () => {
    const pool = createWorkerPool(getPoolOptions(ENTRY, { size: 1, idleMs: 300 }));
    pools.push(pool);
    expect(JSON.parse(await pool.run({ kind: 'mapJson', updates: mapUpdates(200) })).statements).toHaveLength(200);
    expect(pool.workerCount()).toBe(1);
    await waitFor(() => pool.workerCount() === 0, 10_000, 'the idle worker to stop');
    expect(JSON.parse(await pool.run({ kind: 'mapJson', updates: mapUpdates(3) })).statements).toHaveLength(3);
  });
});

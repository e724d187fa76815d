import type { Figure } from '../lib/record';
import type { BenchSuite } from '../lib/suite';
import { benchStoreKeystroke } from '../storeKeystroke';

/** store.keystroke.*: one keystroke's store work, incremental store against the old full read (storeKeystroke.ts). */
export const suite: BenchSuite = {
  name: 'store',
  async run(): Promise<Figure[]> {
    return benchStoreKeystroke().map(({ p95, p99, baselineP95, baselineP99, ...r }) => ({
      ...r,
      note: `p95 ${p95.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms; baseline p95 ${baselineP95.toFixed(3)} ms, p99 ${baselineP99.toFixed(3)} ms`,
    }));
  },
};

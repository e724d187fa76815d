import type { Figure } from '../lib/record';
import type { BenchSuite } from '../lib/suite';
import { benchStoreKeystroke } from '../storeKeystroke';

/** store.keystroke.*: one keystroke's store work, incremental store against the old full read (storeKeystroke.ts). */
export const suite: BenchSuite = {
  name: 'store',
  async run(): Promise<Figure[]> {
    return benchStoreKeystroke().map((r) => ({
      name: r.name,
      value: r.value,
      unit: r.unit,
      baseline: r.baseline,
      baselineValue: r.baselineValue,
      n: r.n,
      note: `p95 ${r.p95.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms; baseline p95 ${r.baselineP95.toFixed(3)} ms, p99 ${r.baselineP99.toFixed(3)} ms`,
    }));
  },
};

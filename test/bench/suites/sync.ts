import { withPositions } from '../../../core/sync';
import { generateMap } from '../generateMap';
import { interleave } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median, quantile } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';
import { type SyncSample, dragLoad, idleLatency } from '../sync/scenarios';
import { startStock, startWarrant } from '../sync/servers';

/**
 * Edit-to-remote latency and server CPU against the stock y-websocket server (0.1.1, memory
 * only), each server in its own process, rounds interleaved. Latency percentiles pool the moves
 * of all rounds; CPU per update is the median over rounds.
 */

const ROUNDS = 3;
const pooled = (samples: SyncSample[]) => samples.flatMap((s) => s.latencies);
const sent = (samples: SyncSample[]) => samples.reduce((n, s) => n + s.sent, 0);
const missing = (samples: SyncSample[]) => samples.reduce((n, s) => n + s.missing, 0);

export const suite: BenchSuite = {
  name: 'sync',
  async run(): Promise<Figure[]> {
    const map = withPositions(generateMap(100, { seed: 3 }));
    const ours = await startWarrant();
    const stock = await startStock();
    try {
      const idle = await interleave(ROUNDS, () => idleLatency(ours, map), () => idleLatency(stock, map));
      const load = await interleave(ROUNDS, () => dragLoad(ours, map), () => dragLoad(stock, map));
      const a = pooled(idle.subject);
      const b = pooled(idle.baseline);
      const la = pooled(load.subject);
      const lb = pooled(load.baseline);
      const note = (s: SyncSample[]) => `${sent(s)} moves sent, ${missing(s)} observations missing`;
      console.error(`  idle: warrant ${note(idle.subject)}; stock ${note(idle.baseline)}`);
      console.error(`  load: warrant ${note(load.subject)}; stock ${note(load.baseline)}`);
      console.error(`  load p50/p95/p99: warrant ${[0.5, 0.95, 0.99].map((q) => quantile(la, q).toFixed(1)).join('/')} ms; stock ${[0.5, 0.95, 0.99].map((q) => quantile(lb, q).toFixed(1)).join('/')} ms`);
      const stockBase = 'stock @y/websocket-server 0.1.1';
      const cpu = (s: SyncSample[]) => median(s.map((x) => x.cpuPerUpdate));
      const spreadOf = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;
      return [
        { name: 'sync.latency.p50', value: quantile(a, 0.5), unit: 'ms', baseline: stockBase, baselineValue: quantile(b, 0.5), n: a.length, note: '1 editor, 1 watcher, 20 moves/s' },
        { name: 'sync.latency.p95', value: quantile(a, 0.95), unit: 'ms', baseline: stockBase, baselineValue: quantile(b, 0.95), n: a.length },
        { name: 'sync.latency.p99', value: quantile(a, 0.99), unit: 'ms', baseline: stockBase, baselineValue: quantile(b, 0.99), n: a.length },
        { name: 'sync.load20x60.p50', value: quantile(la, 0.5), unit: 'ms', baseline: stockBase, baselineValue: quantile(lb, 0.5), n: la.length, note: note(load.subject) },
        { name: 'sync.load20x60.p95', value: quantile(la, 0.95), unit: 'ms', baseline: stockBase, baselineValue: quantile(lb, 0.95), n: la.length, note: '20 clients moving a statement 60 times a second for 5 s, 2 watchers' },
        { name: 'sync.load20x60.p99', value: quantile(la, 0.99), unit: 'ms', baseline: stockBase, baselineValue: quantile(lb, 0.99), n: la.length },
        { name: 'sync.cpu.per.update', value: cpu(load.subject), unit: 'ms CPU', baseline: stockBase, baselineValue: cpu(load.baseline), n: ROUNDS, spread: spreadOf(load.subject.map((x) => x.cpuPerUpdate)), note: 'server process user+system time during the 20×60 load, per update sent' },
      ];
    } finally {
      await ours.stop();
      await stock.stop();
    }
  },
};

import { cpus, loadavg, totalmem } from 'node:os';

/** One headline figure with its baseline, measured in the same run: a row of results.json. */
export interface BenchRecord {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What the value is compared with, in words. */
  readonly baseline: string;
  readonly baselineValue: number;
  /** value / baselineValue. */
  readonly ratio: number;
  /** Samples (rounds, frames or updates) behind the value. */
  readonly n: number;
  /** Spread of the value over rounds or samples, [low, high], when there is one. */
  readonly spread?: readonly [number, number];
  readonly note?: string;
  readonly date: string;
  readonly machine: string;
}

export type Figure = Omit<BenchRecord, 'ratio' | 'date' | 'machine'>;

/** The machine, in one line: CPU model, cores, memory, Node version, load when the run began. */
export function describeMachine(): string {
  const cpu = cpus();
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}; load average at start ${load}`;
}

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000);

/** Stamps figures with the ratio, date and machine of this run. */
export function toRecord(f: Figure, date: string, machine: string): BenchRecord {
  return {
    ...f,
    value: round(f.value),
    baselineValue: round(f.baselineValue),
    ratio: Math.round((f.value / f.baselineValue) * 1000) / 1000,
    ...(f.spread && { spread: [round(f.spread[0]), round(f.spread[1])] as const }),
    date,
    machine,
  };
}

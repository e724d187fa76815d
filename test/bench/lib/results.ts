import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRecord } from './record';

export const RESULTS_FILE = join(import.meta.dirname, '..', 'results.json');

/**
 * Merges records into results.json by name: a figure measured now replaces the one of the
 * same name, figures not measured in this run stay as they were (with their own date), so
 * suites may run one at a time (`npm run bench -- sync`) and other suites' files may add theirs.
 */
export function mergeResults(records: readonly BenchRecord[], file = RESULTS_FILE): BenchRecord[] {
  const old: BenchRecord[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const byName = new Map(old.map((r) => [r.name, r]));
  for (const r of records) byName.set(r.name, r);
  const merged = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));

/** The records as a Markdown table (value and baseline side by side, ratio, spread, samples). */
export function formatTable(records: readonly BenchRecord[]): string {
  const lines = ['| figure | value | baseline | baseline value | ratio | spread | n |', '|---|---|---|---|---|---|---|'];
  for (const r of records) {
    const spread = r.spread ? `${fmt(r.spread[0])}–${fmt(r.spread[1])}` : '';
    lines.push(`| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baseline} | ${fmt(r.baselineValue)} ${r.unit} | ${r.ratio.toFixed(2)}× | ${spread} | ${r.n} |`);
  }
  return lines.join('\n');
}

/**
 * The benchmark suite: `npm run bench` (all suites) or `npm run bench -- layout sync` (some).
 *
 * Every file in suites/ exports a `suite` that measures headline figures, each side by side with
 * its baseline in the same run (interleaved rounds; medians, p95/p99 and spread). This prints
 * one table and merges the records into test/bench/results.json by name, stamped with the date
 * and the machine. It asserts nothing: nothing in `npm test` depends on a timing. On a shared
 * machine the absolute figures move with the load; the ratios to baselines of the same run are
 * what to compare.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchRecord, describeMachine, toRecord } from './lib/record';
import { RESULTS_FILE, formatTable, mergeResults } from './lib/results';
import type { BenchSuite } from './lib/suite';

const SUITES_DIR = join(import.meta.dirname, 'suites');

async function loadSuites(): Promise<BenchSuite[]> {
  const files = readdirSync(SUITES_DIR).filter((f) => /\.ts$/.test(f)).sort();
  const suites: BenchSuite[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(SUITES_DIR, f)).href)) as { suite?: BenchSuite };
    if (mod.suite) suites.push(mod.suite);
  }
  return suites;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const all = await loadSuites();
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length) throw new Error(`no bench suite ${unknown.join(', ')} (there are: ${all.map((s) => s.name).join(', ')})`);
  const chosen = wanted.length ? all.filter((s) => wanted.includes(s.name)) : all;
  const machine = describeMachine();
  const date = new Date().toISOString();
  console.error(`Machine: ${machine}`);
  const records: BenchRecord[] = [];
  for (const suite of chosen) {
    console.error(`\n== ${suite.name} ==`);
    const start = Date.now();
    try {
      const figures = await suite.run();
      const stamped = figures.map((f) => toRecord(f, date, machine));
      records.push(...stamped);
      mergeResults(stamped); // after each suite: a failure later keeps what was measured
      console.error(formatTable(stamped));
    } catch (e) {
      console.error(`suite ${suite.name} failed: ${(e as Error).stack ?? e}`);
      process.exitCode = 1;
    }
    console.error(`(${suite.name}: ${((Date.now() - start) / 1000).toFixed(0)} s)`);
  }
  console.log(`\nMachine: ${machine}\nDate: ${date}\n`);
  console.log(formatTable(records));
  console.log(`\nMerged into ${RESULTS_FILE}.`);
}

await main();

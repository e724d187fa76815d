/**
 * Store benchmark: one keystroke in a statement, as every connected client's map store handles
 * it, at 1,000 and 3,000 statements (`npm run bench:store`, or import benchStoreKeystroke).
 *
 * - baseline: the store as it was before it became incremental, kept here verbatim in spirit:
 *   on every Y update, readMap (read + validate the whole map) and a JSON comparison per
 *   statement to keep unchanged statements' identity;
 * - value: the current store (client/store/mapStore.ts, createMapReader), which patches and
 *   validates only the statement typed in.
 * Both run in the same process on the same generated map (generateMap, seed 1), alternating,
 * after a warm-up. The time is the Y transaction applying the keystroke plus the store update,
 * so both include the same Yjs work. Figures: {name, value (p50 ms), unit, baseline,
 * baselineValue, n, p95, p99, baselineP95, baselineP99}; run as a script it stamps them with
 * the ratio, date and machine (lib/record.ts).
 * It asserts nothing; timings depend on the machine and its load.
 */
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { ArgumentMap, Statement } from '../../core/model';
import { applyOps, createDocFromMap, readMap } from '../../core/sync';
import { createMapStore } from '../../client/store/mapStore';
import { generateMap } from './generateMap';
import { describeMachine, toRecord, type Figure } from './lib/record';
import { quantile } from './lib/stats';
import { sid } from '../helpers/ids';

/** One size's keystroke figures: a bench Figure plus the tail of both sides. */
export interface KeystrokeFigure extends Figure {
  readonly p95: number;
  readonly p99: number;
  readonly baselineP95: number;
  readonly baselineP99: number;
}

/** The store update before this redesign: full read and validation per Y update. */
function attachBaselineStore(doc: Y.Doc): () => void {
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let current: ArgumentMap = readMap(doc).map;
  const refresh = () => {
    const next = readMap(doc).map;
    const old = new Map(current.statements.map((s) => [s.id, s]));
    current = { ...next, statements: next.statements.map((s: Statement) => (old.has(s.id) && sameJson(old.get(s.id), s) ? old.get(s.id)! : s)) };
  };
  doc.on('update', refresh);
  return () => doc.off('update', refresh);
}

function timeKeystrokes(doc: Y.Doc, ids: readonly string[], count: number): number[] {
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const id = ids[k % ids.length];
    const text = doc.getMap<Y.Map<unknown>>('statements').get(id)!.get('text') as Y.Text;
    const start = performance.now();
    applyOps(doc, [{ type: 'setStatementText', id: sid(id), text: `${text.toString()}x` }]);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Runs the keystroke benchmark at the given sizes and returns one record per size. */
export function benchStoreKeystroke(sizes: readonly number[] = [1000, 3000], keystrokes = 200): KeystrokeFigure[] {
  return sizes.map((n) => {
    const map = generateMap(n, { seed: 1 });
    const ids = map.statements.slice(0, 50).map((s) => s.id);
    const oldDoc = createDocFromMap(map);
    const newDoc = createDocFromMap(map);
    const detach = attachBaselineStore(oldDoc);
    const store = createMapStore('bench', newDoc);
    timeKeystrokes(oldDoc, ids, 10);
    timeKeystrokes(newDoc, ids, 30);
    const before: number[] = [];
    const after: number[] = [];
    // Alternate in rounds so both see the same machine load.
    for (let round = 0; round < 10; round++) {
      before.push(...timeKeystrokes(oldDoc, ids, Math.max(2, Math.round(keystrokes / 40))));
      after.push(...timeKeystrokes(newDoc, ids, keystrokes / 10));
    }
    detach();
    store.destroy();
    const value = quantile(after, 0.5);
    const baselineValue = quantile(before, 0.5);
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      name: `store.keystroke.${n}`,
      value: round3(value),
      unit: 'ms',
      baseline: 'full readMap + validateMap per update (the store before it was incremental)',
      baselineValue: round3(baselineValue),
      n: after.length,
      p95: round3(quantile(after, 0.95)),
      p99: round3(quantile(after, 0.99)),
      baselineP95: round3(quantile(before, 0.95)),
      baselineP99: round3(quantile(before, 0.99)),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv.indexOf('--out');
  const date = new Date().toISOString();
  const machine = describeMachine();
  const records = benchStoreKeystroke().map((f) => toRecord(f, date, machine));
  for (const r of records) {
    console.log(`${r.name}: p50 ${r.value} ms vs baseline p50 ${r.baselineValue} ms; ratio ${r.ratio}`);
  }
  if (out > 0) writeFileSync(process.argv[out + 1], `${JSON.stringify(records, null, 2)}\n`);
}

/**
 * Detailed layout table: `npm run bench:layout` (or `npm run bench:layout -- 200 1000` for some sizes).
 * The headline layout figures of `npm run bench` are in suites/layout.ts.
 *
 * For generated argument maps of n statements (generateMap, seed 1) it lays out the same
 * layout graph with
 * - the project's layout (layoutMap, no cache), and the same after a one-statement edit
 *   with a warm layout cache (only the edited connected part is laid out again);
 * - stock @dagrejs/dagre (network-simplex ranker, its default) and dagre's tight-tree ranker;
 * - elkjs, layered algorithm (warmed up first: its first call costs a few hundred ms);
 * and prints the median wall time of a few runs (fewer at 3,000: stock dagre needs half
 * a minute there), the time as a fraction of stock dagre's, and the crossings of straight
 * edges between box centres (countCrossings). It prints; it asserts nothing.
 * Timings depend on the machine and its load: compare rows of the same run.
 */
import { buildLayoutGraph, countCrossings, createLayoutCache, layoutMap, type MapLayout } from '../../core/layout';
import type { ArgumentMap } from '../../core/model/types';
import { layoutWithDagre, layoutWithElk } from './engines';
import { generateMap } from './generateMap';

interface Row {
  readonly n: number;
  readonly engine: string;
  readonly ms: number;
  readonly runs: number;
  readonly crossings: number;
  readonly size: string;
}

async function timeMedian(runs: number, run: () => MapLayout | Promise<MapLayout>): Promise<{ ms: number; layout: MapLayout }> {
  const times: number[] = [];
  let layout: MapLayout | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    layout = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor((times.length - 1) / 2)], layout: layout! };
}

/** The map with statement k's text made a line longer, as after a user's edit. */
function editOne(map: ArgumentMap, k: number): ArgumentMap {
  return {
    ...map,
    statements: map.statements.map((s, i) => (i === k ? { ...s, text: `${s.text} (edited: one more line of text here)` } : s)),
  };
}

async function benchSize(n: number): Promise<Row[]> {
  const map = generateMap(n, { seed: 1 });
  const graph = buildLayoutGraph(map);
  const runs = n >= 3000 ? 1 : n >= 1000 ? 3 : 5;
  const rows: Row[] = [];
  const add = (engine: string, r: { ms: number; layout: MapLayout }, count = runs) =>
    rows.push({
      n,
      engine,
      ms: r.ms,
      runs: count,
      crossings: countCrossings(graph, r.layout), // edits change sizes, not edges
      size: `${Math.round(r.layout.width)}×${Math.round(r.layout.height)}`,
    });
  add('project layoutMap', await timeMedian(Math.max(3, runs), () => layoutMap(map)), Math.max(3, runs));
  // Relayout after one edit, with the cache warm from the map before it: the edited
  // statement's connected part is laid out again, every other part is reused.
  const cache = createLayoutCache();
  layoutMap(map, { cache });
  const edits = [1, 2, 3].map((k) => editOne(map, Math.floor((k * n) / 4)));
  let edit = 0;
  const cached = await timeMedian(edits.length, () => layoutMap(edits[edit++], { cache }));
  add('project, cached, 1 edit', cached, edits.length);
  add('stock dagre (network-simplex)', await timeMedian(runs, () => layoutWithDagre(graph)));
  add('dagre tight-tree ranker', await timeMedian(runs, () => layoutWithDagre(graph, 'TB', 'tight-tree')));
  add('elkjs layered', await timeMedian(runs, () => layoutWithElk(graph)));
  return rows;
}

function printTable(rows: readonly Row[]): void {
  const header = ['statements', 'engine', 'median ms', 'runs', '× stock dagre', 'crossings', 'size (px)'];
  const lines = rows.map((r) => {
    const stock = rows.find((s) => s.n === r.n && s.engine.startsWith('stock'))!;
    return [String(r.n), r.engine, r.ms.toFixed(0), String(r.runs), (r.ms / stock.ms).toFixed(3), String(r.crossings), r.size];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i === 1 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(format(l));
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  // Warm every engine (JIT, and ELK's first-call set-up) on a small map before timing.
  const warm = buildLayoutGraph(generateMap(150, { seed: 99 }));
  for (let i = 0; i < 3; i++) {
    layoutMap(generateMap(150, { seed: 99 }));
    layoutWithDagre(warm);
    await layoutWithElk(warm);
  }
  const rows: Row[] = [];
  for (const n of sizes.length ? sizes : [200, 1000, 3000]) {
    console.error(`laying out ${n} statements…`);
    rows.push(...(await benchSize(n)));
  }
  printTable(rows);
}

await main();

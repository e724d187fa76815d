import { generateMap } from './generateMap';
import { buildLayoutGraph, layoutGraph, countCrossings } from '../../core/layout';
const n = Number(process.argv[2] ?? 1000);
const seeds = (process.argv[3] ?? '1,2').split(',').map(Number);
layoutGraph(buildLayoutGraph(generateMap(300, { seed: 99 })));
for (const seed of seeds) {
  const graph = buildLayoutGraph(generateMap(n, { seed }));
  const times: number[] = [], cpus: number[] = [];
  let l;
  for (let i = 0; i < 3; i++) { const c = process.cpuUsage(); const t = performance.now(); l = layoutGraph(graph); times.push(performance.now() - t); const d = process.cpuUsage(c); cpus.push((d.user + d.system) / 1000); }
  times.sort((a, b) => a - b); cpus.sort((a, b) => a - b);
  console.log(`seed ${seed} wall ${times[1].toFixed(0)}ms cpu ${cpus[1].toFixed(0)}ms x=${countCrossings(graph, l!)} w=${l!.width.toFixed(0)}`);
}

import { writeFileSync } from 'node:fs';
import { generateMap } from './generateMap';
import { buildLayoutGraph, countCrossings } from '../../core/layout';
import { layoutWithDagre } from './engines';
const out: Record<string, number> = {};
for (const n of [200, 1000]) for (const seed of n === 200 ? [1,2,3,4,5,6,7,8,9,10,11,12] : [1,2,3,4]) {
  const graph = buildLayoutGraph(generateMap(n, { seed }));
  out[`${n}:${seed}`] = countCrossings(graph, layoutWithDagre(graph));
}
writeFileSync('/tmp/layout-helper/dagre-counts.json', JSON.stringify(out));
console.log(out);

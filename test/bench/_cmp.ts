import { readFileSync } from 'node:fs';
import { generateMap } from './generateMap';
import { buildLayoutGraph, layoutGraph, countCrossings } from '../../core/layout';
const ref = JSON.parse(readFileSync('/tmp/layout-helper/dagre-counts.json', 'utf8'));
const rows: string[] = [];
let worse = 0, ratioSum = 0, k = 0;
for (const key of Object.keys(ref)) {
  const [n, seed] = key.split(':').map(Number);
  if (process.env.ONLY && String(n) !== process.env.ONLY) continue;
  const graph = buildLayoutGraph(generateMap(n, { seed }));
  const c = countCrossings(graph, layoutGraph(graph));
  if (c > ref[key]) worse++;
  ratioSum += c / ref[key]; k++;
  rows.push(`${key}=${c}/${ref[key]}`);
}
console.log(`worse ${worse}/${k} meanRatio ${(ratioSum / k).toFixed(3)} | ${rows.join(' ')}`);

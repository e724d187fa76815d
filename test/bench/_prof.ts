import { generateMap } from './generateMap';
import { buildLayoutGraph, layoutGraph } from '../../core/layout';
const n = Number(process.argv[2] ?? 1000);
const graph = buildLayoutGraph(generateMap(n, { seed: 1 }));
for (let i = 0; i < Number(process.argv[3] ?? 4); i++) layoutGraph(graph);

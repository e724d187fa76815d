import { writeFileSync } from 'node:fs';
import { generateMap } from './generateMap';
import { buildLayoutGraph, layoutMap, type MapLayout } from '../../core/layout';
import { layoutWithDagre } from './engines';
const n = Number(process.argv[2] ?? 60), seed = Number(process.argv[3] ?? 1), dir = (process.argv[4] ?? 'TB') as 'TB' | 'LR';
const map = generateMap(n, { seed });
const graph = buildLayoutGraph(map);
const draw = (l: MapLayout, file: string) => {
  const parts: string[] = [];
  for (const e of graph.edges) { const a = l.boxes.get(e.from)!, b = l.boxes.get(e.to)!; parts.push(`<line x1="${a.x + a.width / 2}" y1="${a.y + a.height / 2}" x2="${b.x + b.width / 2}" y2="${b.y + b.height / 2}" stroke="#c33" stroke-width="2"/>`); }
  for (const nd of graph.nodes) { const b = l.boxes.get(nd.id)!; parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${nd.junction ? '#333' : '#def'}" stroke="#345" fill-opacity="0.85"/>`); if (!nd.junction) parts.push(`<text x="${b.x + 6}" y="${b.y + 20}" font-size="16">${nd.id}</text>`); }
  writeFileSync(file, `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>`);
};
draw(layoutMap(map, { direction: dir }), '/tmp/layout-helper/mine.svg');
draw(layoutWithDagre(graph, dir), '/tmp/layout-helper/dagre.svg');

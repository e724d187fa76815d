import { generateMap } from './generateMap';
import { buildLayoutGraph, layoutGraph } from '../../core/layout';
import { splitComponents } from '../../core/layout/components';
import { breakCycles, assignRanks } from '../../core/layout/rank';
const n = Number(process.argv[2] ?? 1000);
for (const seed of (process.argv[3] ?? '1').split(',').map(Number)) {
  const graph = buildLayoutGraph(generateMap(n, { seed }));
  const layout = layoutGraph(graph, 'TB');
  // ranks per node via component ranking
  const rankOf = new Map<string, number>();
  for (const c of splitComponents(graph, 'TB')) {
    const from = c.from.slice(), to = c.to.slice();
    breakCycles(c.ids.length, from, to);
    const r = assignRanks(c.ids.length, from, to);
    c.ids.forEach((id, i) => rankOf.set(id, r[i]));
  }
  const segs = graph.edges.map(e => { const a = layout.boxes.get(e.from)!, b = layout.boxes.get(e.to)!;
    return { e, x1: a.x + a.width/2, y1: a.y + a.height/2, x2: b.x + b.width/2, y2: b.y + b.height/2, long: Math.abs(rankOf.get(e.to)! - rankOf.get(e.from)!) > 1 }; });
  const o = (ax:number,ay:number,bx:number,by:number,cx:number,cy:number)=>Math.sign((bx-ax)*(cy-ay)-(by-ay)*(cx-ax));
  const cnt = { ss: 0, sl: 0, ll: 0 };
  for (let i = 0; i < segs.length; i++) for (let j = i+1; j < segs.length; j++) {
    const a = segs[i], b = segs[j];
    if (a.e.from===b.e.from||a.e.from===b.e.to||a.e.to===b.e.from||a.e.to===b.e.to) continue;
    if (o(a.x1,a.y1,a.x2,a.y2,b.x1,b.y1)*o(a.x1,a.y1,a.x2,a.y2,b.x2,b.y2)<0 && o(b.x1,b.y1,b.x2,b.y2,a.x1,a.y1)*o(b.x1,b.y1,b.x2,b.y2,a.x2,a.y2)<0) {
      if (a.long && b.long) cnt.ll++; else if (a.long || b.long) cnt.sl++; else cnt.ss++;
    }
  }
  console.log(seed, cnt, 'long edges', segs.filter(s=>s.long).length);
}

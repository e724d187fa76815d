import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapToDot } from '../../../core/formats/dot/mapToDot';
import { parseMap } from '../../../core/model';
import { buildScene } from '../../../core/render';
import type { Figure } from '../lib/record';
import type { BenchSuite } from '../lib/suite';

/**
 * Can the edges of a figure be traced? Two figures for the seeded map, each compared with
 * Graphviz `dot` laying out the same map (mapToDot, splines as dot draws them, via -Tjson):
 * edge crossings, and the length of edge (pt) that runs closer than 2 pt to another edge
 * away from the cards both touch (what makes parallel lines impossible to follow in print).
 * Lower is better for both; a ratio under 1 means Warrant's figure is easier to trace than dot's.
 */

type P = readonly [number, number];
type Edge = { ends: P[]; segs: [P, P][] };

const CLOSE = 2;
const NEAR_END = 12;

function cross(a: P, b: P, c: P, d: P): boolean {
  const o = (p: P, q: P, r: P) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

function distToSeg(p: P, a: P, b: P): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const nearEnd = (p: P, e: Edge) => e.ends.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) < NEAR_END);

/** Crossings between different edges, and pt of edge within CLOSE of another edge (ends excluded). */
export function measureEdges(edges: readonly Edge[]): { crossings: number; closeLength: number } {
  let crossings = 0;
  let closeLength = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      for (const [a, b] of edges[i].segs) for (const [c, d] of edges[j].segs) if (cross(a, b, c, d) && !nearEnd(a, edges[j]) && !nearEnd(c, edges[i])) crossings++;
    }
    // Sample this edge every pt and count the samples running close to another edge.
    for (const [a, b] of edges[i].segs) {
      const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]));
      for (let k = 0; k < steps; k++) {
        const p: P = [a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps];
        if (nearEnd(p, edges[i])) continue;
        if (edges.some((e, j) => j !== i && !nearEnd(p, e) && e.segs.some(([c, d]) => distToSeg(p, c, d) < CLOSE))) closeLength++;
      }
    }
  }
  return { crossings, closeLength };
}

const toEdge = (pts: P[]): Edge => ({ ends: [pts[0], pts[pts.length - 1]], segs: pts.slice(1).map((p, i) => [pts[i], p]) });

function warrantEdges(map: ReturnType<typeof parseMap>): Edge[] {
  return buildScene(map).edges.map((e) => toEdge(e.points.map((p) => [p.x, p.y] as P)));
}

/** dot's edges as polylines: each cubic Bézier of its spline sampled at 8 points. */
function dotEdges(map: ReturnType<typeof parseMap>): Edge[] {
  const r = spawnSync('dot', ['-Tjson'], { input: mapToDot(map), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`dot failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as { edges?: { _draw_?: { op: string; points?: number[][] }[] }[] };
  return (json.edges ?? []).flatMap((e) => {
    const b = e._draw_?.find((d) => d.op === 'b' || d.op === 'B');
    if (!b?.points) return [];
    const pts: P[] = [b.points[0] as unknown as P];
    for (let k = 1; k + 2 < b.points.length; k += 3) {
      const [p0, p1, p2, p3] = [b.points[k - 1], b.points[k], b.points[k + 1], b.points[k + 2]];
      for (let s = 1; s <= 8; s++) {
        const t = s / 8;
        const m = (i: number) => (1 - t) ** 3 * p0[i] + 3 * (1 - t) ** 2 * t * p1[i] + 3 * (1 - t) * t ** 2 * p2[i] + t ** 3 * p3[i];
        pts.push([m(0), m(1)]);
      }
    }
    return [toEdge(pts)];
  });
}

export const suite: BenchSuite = {
  name: 'figure-edges',
  async run(): Promise<Figure[]> {
    const map = parseMap(readFileSync(join(import.meta.dirname, '../../../maps/csto-kazakhstan-2022.json'), 'utf8'));
    const ours = measureEdges(warrantEdges(map));
    const dot = measureEdges(dotEdges(map));
    const n = map.inferences.length;
    return [
      { name: 'figure edges: crossings (seeded map)', value: Math.max(ours.crossings, 0.001), unit: 'crossings', baseline: 'Graphviz dot on the same map', baselineValue: Math.max(dot.crossings, 0.001), n },
      { name: 'figure edges: length closer than 2 pt to another edge (seeded map)', value: Math.max(ours.closeLength, 0.001), unit: 'pt', baseline: 'Graphviz dot on the same map', baselineValue: Math.max(dot.closeLength, 0.001), n },
    ];
  },
};

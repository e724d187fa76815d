import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayoutGraph, countCrossings, layoutMap } from '../../../core/layout';
import { searchLayerOrder } from '../../../core/layout/figureOrder';
import type { LayerOrder } from '../../../core/layout/layers';
import { groupEdges } from '../../../core/layout/rank';
import { parseMap } from '../../../core/model';
import { buildScene } from '../../../core/render';
import { getNodeText } from '../../../core/render/nodeText';
import { measureEdges } from '../../bench/suites/figureEdges';
import { CSTO_PATH } from '../../fixtures/render/cases';

/** Layers given top-down as lists of names, segments as [upper, lower] name pairs. */
function layerOrder(layers: string[][], segments: [string, string][]): { g: LayerOrder; names: string[] } {
  const names = layers.flat();
  const at = (n: string) => names.indexOf(n);
  const upper = Int32Array.from(segments.map(([a]) => at(a)));
  const lower = Int32Array.from(segments.map(([, b]) => at(b)));
  const g = { count: names.length, upper, lower, down: groupEdges(names.length, upper), up: groupEdges(names.length, lower), layers: layers.map((l) => Int32Array.from(l.map(at))) };
  return { g, names };
}

const csto = () => parseMap(readFileSync(CSTO_PATH, 'utf8'));
const toEdges = (scene: ReturnType<typeof buildScene>) =>
  scene.edges.map((e) => {
    const pts = e.points.map((p) => [p.x, p.y] as const);
    return { ends: [pts[0], pts[pts.length - 1]], segs: pts.slice(1).map((p, i) => [pts[i], p] as [readonly [number, number], readonly [number, number]]) };
  });

describe('layer order for figures', () => {
  it('unties a tree whose layers were shuffled, down to no crossing', () => {
    // Three levels: r → a, b, c; each of a, b, c → two premises. Listed in a crossed order.
    const { g, names } = layerOrder(
      [['r'], ['c', 'a', 'b'], ['a1', 'c2', 'b1', 'a2', 'c1', 'b2']],
      [['r', 'a'], ['r', 'b'], ['r', 'c'], ['a', 'a1'], ['a', 'a2'], ['b', 'b1'], ['b', 'b2'], ['c', 'c1'], ['c', 'c2']],
    );
    const result = searchLayerOrder(g);
    expect(result.before).toBeGreaterThan(0);
    expect(result.after).toBe(0);
    // Siblings sit together under their conclusion.
    const bottom = Array.from(g.layers[2], (v) => names[v][0]).join('');
    expect(bottom).toMatch(/^(aa|bb|cc){3}$/);
  });

  it('gives up after 100 rounds that find nothing better (the same rounds every time)', () => {
    // Two layers joined completely: every order crosses 9 times, so no round can improve.
    const top = ['a', 'b', 'c'];
    const bottom = ['x', 'y', 'z'];
    const segments = top.flatMap((t) => bottom.map((b) => [t, b] as [string, string]));
    const runs = [1, 2].map(() => searchLayerOrder(layerOrder([top, bottom], segments).g));
    expect(runs[0]).toEqual({ before: 9, after: 9, rounds: 100 }); // without the stop: 300 rounds
    expect(runs[1]).toEqual(runs[0]);
  });

  it('the seeded map: layers cross far less often than in dagre’s own order, the same way every time', () => {
    const map = csto();
    const sizes = new Map(map.statements.map((s) => [s.id, getNodeText(s)]));
    const graph = buildLayoutGraph(map, sizes);
    const plain = countCrossings(graph, layoutMap(map, { sizes }));
    const figure = layoutMap(map, { sizes, fewerCrossings: true });
    expect(countCrossings(graph, figure)).toBeLessThan(plain * 0.7);
    expect([...layoutMap(map, { sizes, fewerCrossings: true }).boxes]).toEqual([...figure.boxes]);
  });

  it('the seeded map’s figure: drawn edges cross less often than Graphviz dot’s (22)', () => {
    const { crossings } = measureEdges(toEdges(buildScene(csto())));
    expect(crossings).toBeLessThanOrEqual(18); // with the search stopping early too
  });
});

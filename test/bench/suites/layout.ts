import { buildLayoutGraph, countCrossings, layoutMap } from '../../../core/layout';
import { layoutWithDagre, layoutWithElk } from '../engines';
import { generateMap } from '../generateMap';
import { interleave, timed } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';

/**
 * Layout of generated argument maps (generateMap, seed 1): the project's layoutMap (no cache)
 * against stock @dagrejs/dagre (network simplex, its default) and elkjs (layered), on the same
 * layout graph, interleaved. Stock dagre needs tens of seconds at 3,000 statements, so that
 * size gets fewer rounds. Crossings: straight edges between box centres (countCrossings).
 */

const spread = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;

async function versus(name: string, n: number, rounds: number, baseline: string, runBaseline: () => unknown): Promise<Figure> {
  const map = generateMap(n, { seed: 1 });
  const r = await interleave(rounds, () => timed(() => layoutMap(map)), () => timed(runBaseline));
  console.error(`  ${name}: project ${r.subject.map((x) => x.toFixed(0)).join(', ')} ms; ${baseline} ${r.baseline.map((x) => x.toFixed(0)).join(', ')} ms`);
  return { name, value: median(r.subject), unit: 'ms', baseline, baselineValue: median(r.baseline), n: rounds, spread: spread(r.subject) };
}

export const suite: BenchSuite = {
  name: 'layout',
  async run() {
    // Warm every engine (JIT, ELK's first-call set-up) before timing.
    const warm = generateMap(150, { seed: 99 });
    for (let i = 0; i < 3; i++) {
      layoutMap(warm);
      layoutWithDagre(buildLayoutGraph(warm));
      await layoutWithElk(buildLayoutGraph(warm));
    }
    const graph1000 = buildLayoutGraph(generateMap(1000, { seed: 1 }));
    const graph3000 = buildLayoutGraph(generateMap(3000, { seed: 1 }));
    const figures = [
      await versus('layout.full.1000', 1000, 5, 'stock dagre', () => layoutWithDagre(graph1000)),
      await versus('layout.full.3000', 3000, 2, 'stock dagre', () => layoutWithDagre(graph3000)),
      await versus('layout.full.3000.elk', 3000, 2, 'elkjs layered', () => layoutWithElk(graph3000)),
    ];
    const ours = countCrossings(graph1000, layoutMap(generateMap(1000, { seed: 1 })));
    const dagre = countCrossings(graph1000, layoutWithDagre(graph1000));
    figures.push({ name: 'layout.crossings.1000', value: ours, unit: 'crossings', baseline: 'stock dagre', baselineValue: dagre, n: 1 });
    return figures;
  },
};

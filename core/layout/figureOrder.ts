import type { graphlib } from '@dagrejs/dagre';
import type { LayerOrder } from './layers';
import { countAllCrossings } from './order';
import { groupEdges } from './rank';
import { refineOrder } from './refine';

/**
 * Fewer crossings for a printed figure, where a reader follows every line. dagre orders each
 * layer by median sweeps and stops after four sweeps that improve nothing; on the seeded
 * map (68 statements) its layers cross 72 times. This takes dagre's order, long edges' dummy
 * nodes included (so every segment joins neighbouring layers), and improves it: sifting and
 * transposition (refine.ts) to a local optimum, then an iterated local search. Each round
 * shakes the current order with one barycentre sweep (down or up) whose keys carry a little
 * noise, refines again, and goes on from the result when it crosses no more than before (so
 * the search walks along plateaus), keeping the best order seen. The noise comes from a fixed
 * seed: a map always gets the same figure. A tree stops at once (no crossings), and the search
 * stops after PATIENCE rounds without a new best (counted in rounds, not time, so the figure
 * stays the same on any machine).
 */

type DagreNode = { rank?: number; order?: number; dummy?: string };

/** Work per search: rounds × segments stays under this (about 0.25 s of one core for the seeded map). */
const WORK = 60_000;
const MAX_ROUNDS = 300;
/**
 * Rounds without a new best before the search gives up. The seeded map finds its best at round
 * 50 of 300 (so 151 rounds are run instead of 300); on 24 generated maps of 40–120 statements
 * a later best was found 7 times, 1–2 crossings fewer each (the cost of stopping: ~0.1 s saved
 * on every figure export).
 */
const PATIENCE = 100;
/** Noise added to a barycentre (in places): enough to break ties and near-ties differently each round. */
const NOISE = 0.5;

/** dagre's normalised graph as layers in its current order, and the node names by index. */
function readLayers(g: graphlib.Graph): { layers: LayerOrder; names: string[] } {
  const node = (v: string) => g.node(v) as DagreNode;
  const names = g.nodes().filter((v) => typeof node(v).rank === 'number');
  const index = new Map(names.map((v, i) => [v, i]));
  const rank = names.map((v) => node(v).rank!);
  const [ups, lows]: [number[], number[]] = [[], []];
  for (const e of g.edges()) {
    const [a, b] = [index.get(e.v), index.get(e.w)];
    if (a === undefined || b === undefined) continue;
    if (Math.abs(rank[a] - rank[b]) !== 1) continue;
    ups.push(rank[a] < rank[b] ? a : b);
    lows.push(rank[a] < rank[b] ? b : a);
  }
  const low = Math.min(...rank);
  const byRank: number[][] = Array.from({ length: names.length ? Math.max(...rank) - low + 1 : 0 }, () => []);
  names.forEach((_v, i) => byRank[rank[i] - low].push(i));
  const layers = byRank.map((l) => Int32Array.from(l.sort((p, q) => node(names[p]).order! - node(names[q]).order!)));
  const [upper, lower] = [Int32Array.from(ups), Int32Array.from(lows)];
  return { layers: { count: names.length, upper, lower, down: groupEdges(names.length, upper), up: groupEdges(names.length, lower), layers }, names };
}

function crossings(g: LayerOrder): number {
  const pos = new Int32Array(g.count);
  for (const layer of g.layers) layer.forEach((v, i) => (pos[v] = i));
  return countAllCrossings(g, pos);
}

/** One barycentre sweep from a random end, each key nudged by up to NOISE places. */
function shake(g: LayerOrder, random: (below: number) => number): void {
  const pos = new Int32Array(g.count);
  for (const layer of g.layers) layer.forEach((v, i) => (pos[v] = i));
  const down = random(2) === 0;
  const [adj, other] = down ? [g.up, g.upper] : [g.down, g.lower];
  const last = g.layers.length - 1;
  for (let k = 1; k <= last; k++) {
    const layer = g.layers[down ? k : last - k];
    const key = new Map<number, number>();
    for (const v of layer) {
      let sum = 0;
      for (let e = adj.start[v]; e < adj.start[v + 1]; e++) sum += pos[other[adj.edges[e]]];
      const n = adj.start[v + 1] - adj.start[v];
      key.set(v, (n ? sum / n : pos[v]) + (random(1000) / 1000) * NOISE);
    }
    layer.set(Array.from(layer).sort((a, b) => key.get(a)! - key.get(b)!));
    layer.forEach((v, i) => (pos[v] = i));
  }
}

/** Improves the layer order in place (see above); returns the crossings before and after, and the rounds run. */
export function searchLayerOrder(g: LayerOrder, seed = 1): { before: number; after: number; rounds: number } {
  const before = crossings(g);
  refineOrder(g);
  let best = crossings(g);
  let bestLayers = g.layers.map((l) => l.slice());
  let current = { crossings: best, layers: bestLayers };
  let state = seed;
  // mulberry32: a small generator whose low bits are as random as its high ones.
  const random = (below: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) % below;
  };
  const rounds = Math.min(MAX_ROUNDS, Math.floor(WORK / Math.max(1, g.upper.length)));
  let bestRound = -1;
  let round = 0;
  for (; round < rounds && best > 0 && round - bestRound <= PATIENCE; round++) {
    g.layers.forEach((l, r) => l.set(current.layers[r]));
    shake(g, random);
    refineOrder(g);
    const c = crossings(g);
    if (c > current.crossings) continue;
    current = { crossings: c, layers: g.layers.map((l) => l.slice()) };
    if (c < best) [best, bestLayers, bestRound] = [c, current.layers, round];
  }
  g.layers.forEach((l, r) => l.set(bestLayers[r]));
  return { before, after: best, rounds: round };
}

/** A dagre `customOrder`: dagre's own order, then the search above; writes each node's order back. */
export function orderForFigure(g: graphlib.Graph, dagreOrder: (g: graphlib.Graph) => void): void {
  dagreOrder(g);
  const { layers, names } = readLayers(g);
  searchLayerOrder(layers);
  for (const layer of layers.layers) layer.forEach((v, i) => ((g.node(names[v]) as DagreNode).order = i));
}

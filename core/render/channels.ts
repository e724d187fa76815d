import { type Band, type Bands, CLEARANCE, axes, bandAt, lineAt } from './bands';
import type { Outline } from './geometry';
import type { Point } from './scene';

/**
 * Routes all edges of a layered figure together, so that each can be traced: every edge runs
 * straight across the bands (layers) at a breadth of its own, and changes breadth only in the
 * free gap between two bands, on a track of its own. In TB, four edges from two premises:
 *
 *     [conclusion]     [other]            ports on a face are spread apart;
 *       |  |  |          |                runs through a gap between boxes are spread apart;
 *       |  |  └──────┐   |                in each gap between bands every edge that moves
 *       |  └───────┐ |   |                sideways has its own track, the tracks ordered so
 *     [box] ...    | |  [box]             that as few runs cross as the ends allow.
 *
 * Ports and runs keep SEP apart; tracks keep MIN_TRACK apart, and a gap that cannot hold its
 * tracks reports how much deeper it must be (`extra`), for the caller to spread the bands.
 */

/** An edge's path between two outlines: ports on their borders (absent at a junction's centre), and the bends between. */
export interface Route {
  readonly start?: Point;
  readonly via: readonly Point[];
  readonly end?: Point;
}

export interface Channels {
  readonly routes: readonly Route[];
  /** Depth to add to each gap (after band i) so its tracks keep MIN_TRACK apart; all 0 when they fit. */
  readonly extra: readonly number[];
}

/** Breadth kept between ports on one face and between runs through one gap of a band. */
const SEP = 7;
/** Depth kept between tracks, and between a track and the bands on either side. */
const MIN_TRACK = 6;
/** How far a port keeps from its box's corners. */
const PORT_INSET = 8;
/** Legs into a junction arrive spread over this half-breadth and meet at its centre from this far out. */
const JUNCTION_SPREAD = 12;
const JUNCTION_APPROACH = 8;

interface Slot {
  key: string;
  lo: number;
  hi: number;
  want: number;
  /** Breadth this edge comes from, to order ties. */
  from: number;
  pos: number;
}

/** Places slots sharing a key at least SEP apart, each as near its wish as the bounds allow, in the order of their wishes. */
function spread(slots: Slot[]): void {
  const groups = new Map<string, Slot[]>();
  for (const s of slots) (groups.get(s.key) ?? groups.set(s.key, []).get(s.key)!).push(s);
  for (const g of groups.values()) {
    g.sort((a, b) => a.want - b.want || a.from - b.from);
    const [lo, hi] = [g[0].lo, g[0].hi];
    const sep = Number.isFinite(hi - lo) ? Math.min(SEP, (hi - lo) / Math.max(1, g.length - 1)) : SEP;
    g.forEach((s, i) => (s.pos = Math.max(lo, s.want, i ? g[i - 1].pos + sep : -Infinity)));
    for (let i = g.length - 1; i >= 0; i--) g[i].pos = Math.min(g[i].pos, hi, i < g.length - 1 ? g[i + 1].pos - sep : Infinity);
  }
}

/**
 * Slots given out again within their group (a face, or a free stretch of a band), keeping the
 * group's places, in the order of where their edges come from: spread() orders each group by
 * wishes made before the others were spread, which can leave two edges swapping sides in a gap
 * for nothing, one's way in on the line of the other's way out (sharing a channel whatever
 * their tracks). Faces whose edges all leave downwards follow their lower ends; then, band by
 * band from the top, every other group follows its upper ends, so each gap keeps the order of
 * the band above it wherever the edges allow.
 */
function alignSlots(paths: readonly ({ path: readonly { band: number; slot: Slot }[] } | null)[]): void {
  type Member = { slot: Slot; band: number; above?: Slot; below?: Slot };
  const groups = new Map<string, Member[]>();
  for (const p of paths) {
    p?.path.forEach(({ band, slot }, k) => {
      const near = [p.path[k - 1], p.path[k + 1]];
      const m: Member = { slot, band, above: near.find((n) => n?.band === band - 1)?.slot, below: near.find((n) => n?.band === band + 1)?.slot };
      (groups.get(slot.key) ?? groups.set(slot.key, []).get(slot.key)!).push(m);
    });
  }
  const reorder = (members: Member[], by: (m: Member) => number) => {
    const places = members.map((m) => m.slot.pos).sort((a, b) => a - b);
    members.sort((p, q) => by(p) - by(q) || p.slot.pos - q.slot.pos).forEach((m, i) => (m.slot.pos = places[i]));
  };
  const list = [...groups.values()].filter((g) => g.length > 1);
  for (const g of list) if (g.every((m) => !m.above)) reorder(g, (m) => m.below?.pos ?? m.slot.pos);
  for (const g of list.sort((p, q) => p[0].band - q[0].band)) if (g.some((m) => m.above)) reorder(g, (m) => m.above?.pos ?? m.slot.pos);
}

/** The free stretches of a band (between its boxes, less the clearance), left to right. */
function freeStretches(band: Band): [number, number][] {
  const out: [number, number][] = [];
  let lo = -Infinity;
  for (const [a, b] of band.spans) {
    if (a - CLEARANCE >= lo) out.push([lo, a - CLEARANCE]);
    lo = Math.max(lo, b + CLEARANCE);
  }
  out.push([lo, Infinity]);
  return out;
}

/** The free stretch nearest `want` that still has room for one more run SEP from the others. */
function chooseStretch(band: Band, want: number, used: Map<string, number>, bandIndex: number): { key: string; lo: number; hi: number } {
  const options = freeStretches(band).map(([lo, hi]) => ({ key: `${bandIndex}:${lo}`, lo, hi, distance: want < lo ? lo - want : want > hi ? want - hi : 0 }));
  options.sort((p, q) => p.distance - q.distance);
  const roomy = options.find((o) => (used.get(o.key) ?? 0) < Math.floor((o.hi - o.lo) / SEP) + 1) ?? options[0];
  used.set(roomy.key, (used.get(roomy.key) ?? 0) + 1);
  return roomy;
}

interface Run {
  edge: number;
  /** Breadths at the upper and lower side of the gap. */
  top: number;
  bottom: number;
}

/** Whether track order "p above q" makes p's sideways run cross q's way in, and q's cross p's way out. */
function cost(p: Run, q: Run): number {
  // Within 2 units of the run counts too: a way in or out that close would run along the other edge.
  const within = (x: number, r: Run) => x > Math.min(r.top, r.bottom) - 2 && x < Math.max(r.top, r.bottom) + 2;
  return (within(q.top, p) ? 1 : 0) + (within(p.bottom, q) ? 1 : 0);
}

/** Tracks for the runs of one gap, top (0) down: an order with few crossings, overlapping runs on different tracks. */
function assignTracks(runs: Run[]): { track: Map<Run, number>; count: number } {
  const order: Run[] = [];
  for (const r of [...runs].sort((a, b) => a.top + a.bottom - b.top - b.bottom)) {
    let best = 0;
    let bestCost = Infinity;
    for (let at = 0; at <= order.length; at++) {
      let c = 0;
      for (let i = 0; i < order.length; i++) c += i < at ? cost(order[i], r) : cost(r, order[i]);
      if (c < bestCost) [best, bestCost] = [at, c];
    }
    order.splice(best, 0, r);
  }
  const track = new Map<Run, number>();
  const overlap = (a: Run, b: Run) => Math.min(a.top, a.bottom) - SEP < Math.max(b.top, b.bottom) && Math.min(b.top, b.bottom) - SEP < Math.max(a.top, a.bottom);
  let count = 0;
  order.forEach((r, i) => {
    const t = Math.max(-1, ...order.slice(0, i).filter((q) => overlap(q, r)).map((q) => track.get(q)!)) + 1;
    track.set(r, t);
    count = Math.max(count, t + 1);
  });
  return { track, count };
}

/** Routes edges (pairs of outline keys) through the bands; an edge within one band, or off the bands, goes straight. */
export function routeChannels(bands: Bands, outlines: ReadonlyMap<string, Outline>, edges: readonly { from: string; to: string }[]): Channels {
  const ax = axes(bands.direction);
  const list = bands.bands;
  const slots: Slot[] = [];
  const used = new Map<string, number>();
  // Per edge: the bands it passes, in order, and a slot (breadth) at each.
  const paths = edges.map((e, edge) => {
    const [a, b] = [outlines.get(e.from), outlines.get(e.to)];
    if (!a || !b) return null;
    const [ca, cb] = [{ x: a.cx, y: a.cy }, { x: b.cx, y: b.cy }];
    const [bandA, bandB] = [bandAt(bands, ax.depth(ca)), bandAt(bands, ax.depth(cb))];
    if (!bandA || !bandB || bandA === bandB) return null;
    const [iA, iB] = [list.indexOf(bandA), list.indexOf(bandB)];
    const step = iB > iA ? 1 : -1;
    const port = (o: Outline, c: Point, toward: Point, out: boolean): Slot => {
      const [halfBreadth, halfDepth] = ax.half(o);
      const face = ax.depth(c) + ((step > 0) === out ? halfDepth : -halfDepth);
      const inset = o.type === 'circle' ? (out ? 0 : JUNCTION_SPREAD) : Math.max(0, halfBreadth - PORT_INSET);
      const want = lineAt(ax, c, toward, face);
      return { key: `${edge}`, lo: ax.breadth(c) - inset, hi: ax.breadth(c) + inset, want, from: ax.breadth(toward), pos: 0 };
    };
    const first = port(a, ca, cb, true);
    first.key = `${e.from}:${step}`;
    const path: { band: number; slot: Slot }[] = [{ band: iA, slot: first }];
    let prev = ax.point(Math.min(first.hi, Math.max(first.lo, first.want)), ax.depth(ca));
    for (let i = iA + step; i !== iB; i += step) {
      const band = list[i];
      const line = lineAt(ax, prev, cb, (band.start + band.end) / 2);
      const { key, lo, hi } = chooseStretch(band, line, used, i);
      const want = Math.min(hi, Math.max(lo, line));
      path.push({ band: i, slot: { key, lo, hi, want, from: ax.breadth(prev), pos: 0 } });
      prev = ax.point(want, (band.start + band.end) / 2);
    }
    const last = port(b, cb, prev, false);
    last.key = `${e.to}:${-step}`;
    path.push({ band: iB, slot: last });
    slots.push(...path.map((p) => p.slot));
    return { a, b, path, step };
  });
  spread(slots);
  alignSlots(paths);

  // Runs across each gap (gap g lies after band g), with their tracks.
  const runs = new Map<number, Run[]>();
  const edgeRuns = paths.map((p, edge) =>
    (p?.path ?? []).slice(1).map((v, k) => {
      const u = p!.path[k];
      const [upper, lower] = u.band < v.band ? [u, v] : [v, u];
      if (Math.abs(upper.slot.pos - lower.slot.pos) < 0.5) return null;
      const run: Run = { edge, top: upper.slot.pos, bottom: lower.slot.pos };
      (runs.get(upper.band) ?? runs.set(upper.band, []).get(upper.band)!).push(run);
      return run;
    }),
  );
  const extra = list.map(() => 0);
  const trackDepth = new Map<Run, number>();
  for (const [gap, rs] of runs) {
    const { track, count } = assignTracks(rs);
    const [top, bottom] = [list[gap].end, list[gap + 1].start];
    const room = (bottom - top) / (count + 1);
    extra[gap] = Math.max(0, (count + 1) * MIN_TRACK - (bottom - top));
    for (const r of rs) trackDepth.set(r, top + (track.get(r)! + 1) * room);
  }

  const routes = paths.map((p, edge): Route => {
    if (!p) return { via: [] };
    const { a, b, path, step } = p;
    const face = (o: Outline, out: boolean) => ax.depth({ x: o.cx, y: o.cy }) + ((step > 0) === out ? ax.half(o)[1] : -ax.half(o)[1]);
    const via: Point[] = [];
    edgeRuns[edge].forEach((run, k) => {
      if (!run) return;
      const d = trackDepth.get(run)!;
      via.push(ax.point(path[k].slot.pos, d), ax.point(path[k + 1].slot.pos, d));
    });
    const start = ax.point(path[0].slot.pos, face(a, true));
    const endPos = path[path.length - 1].slot.pos;
    // Into a junction: to a point just short of it; the caller draws the leg on to its centre.
    if (b.type === 'circle') return { start, via: [...via, ax.point(endPos, face(b, false) - step * JUNCTION_APPROACH)] };
    return { start, via, end: ax.point(endPos, face(b, false)) };
  });
  return { routes, extra };
}

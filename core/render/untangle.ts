import type { Box, MapLayout } from '../layout/box';
import type { LayoutDirection } from '../model/types';
import { getBands } from './bands';

/**
 * Fewer crossings in a figure: the layout engine orders each layer by its neighbours, but long
 * edges and wrapped rows leave crossings a swap would remove. This swaps neighbouring cards in a
 * band (the pair keeps the room it had: the right one moves to where the left one began) while
 * that lowers the number of crossing edge pairs, counted as straight lines between centres,
 * which the channel router (channels.ts) turns into as many crossings or about as many.
 * Worked example: premises p (under conclusion B) and q (under conclusion A) with A left of B:
 * the lines A–q and B–p cross; swapping p and q uncrosses them.
 */

type P = { x: number; y: number };

const centre = (b: Box): P => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function crosses(a: P, b: P, c: P, d: P): boolean {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Crossing pairs among the edges, drawn straight between the boxes' centres (only: pairs with an edge in it). */
function countCrossings(boxes: ReadonlyMap<string, Box>, edges: readonly { from: string; to: string }[], only?: ReadonlySet<number>): number {
  const lines = edges.map((e) => [centre(boxes.get(e.from)!), centre(boxes.get(e.to)!)] as const);
  const crossing = (i: number, j: number) => crosses(lines[i][0], lines[i][1], lines[j][0], lines[j][1]);
  let n = 0;
  if (only) {
    // Each edge of `only` against every other (a pair inside `only` once): a swap's few edges, not all pairs.
    for (const i of only) for (let j = 0; j < lines.length; j++) if (j !== i && !(j < i && only.has(j)) && crossing(i, j)) n++;
    return n;
  }
  for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) if (crossing(i, j)) n++;
  return n;
}

/** The layout with neighbouring cards swapped within their bands while that removes crossings (a few sweeps at most). */
export function untangleBands(layout: MapLayout, edges: readonly { from: string; to: string }[], direction: LayoutDirection): MapLayout {
  const drawn = edges.filter((e) => e.from !== e.to && layout.boxes.has(e.from) && layout.boxes.has(e.to));
  if (drawn.length < 2) return layout;
  const tb = direction === 'TB';
  const boxes = new Map(layout.boxes);
  const breadthOf = (b: Box) => (tb ? b.x : b.y);
  const sizeOf = (b: Box) => (tb ? b.width : b.height);
  const at = (b: Box, br: number): Box => (tb ? { ...b, x: br } : { ...b, y: br });
  const touching = new Map<string, number[]>();
  drawn.forEach((e, i) => [e.from, e.to].forEach((id) => (touching.get(id) ?? touching.set(id, []).get(id)!).push(i)));
  // Members of each band by id, found from the boxes as the router finds bands.
  const depthOf = (b: Box) => (tb ? b.y + b.height / 2 : b.x + b.width / 2);
  const bandList = getBands(layout.boxes.values(), direction).bands;
  const rows = bandList.map((band) => [...boxes.keys()].filter((id) => { const d = depthOf(boxes.get(id)!); return d >= band.start && d <= band.end; }));
  const neighbours = (id: string) => (touching.get(id) ?? []).map((i) => (drawn[i].from === id ? drawn[i].to : drawn[i].from));
  for (let sweep = 0; sweep < 6; sweep++) {
    let improved = false;
    for (const row of sweep % 2 ? [...rows].reverse() : rows) {
      // The whole row in the order of its neighbours' mean breadth, kept when it removes crossings.
      row.sort((a, b) => breadthOf(boxes.get(a)!) - breadthOf(boxes.get(b)!));
      const mean = (id: string) => {
        const ns = neighbours(id).map((n) => breadthOf(boxes.get(n)!) + sizeOf(boxes.get(n)!) / 2);
        return ns.length ? ns.reduce((x, y) => x + y, 0) / ns.length : breadthOf(boxes.get(id)!) + sizeOf(boxes.get(id)!) / 2;
      };
      const order = [...row].sort((a, b) => mean(a) - mean(b));
      if (order.some((id, i) => id !== row[i])) {
        const old = row.map((id) => boxes.get(id)!);
        const gaps = old.slice(1).map((b, i) => breadthOf(b) - breadthOf(old[i]) - sizeOf(old[i]));
        const before = countCrossings(boxes, drawn);
        let next = breadthOf(old[0]);
        order.forEach((id, i) => {
          const b = boxes.get(id)!;
          boxes.set(id, at(b, next));
          next += sizeOf(b) + (gaps[i] ?? 0);
        });
        if (countCrossings(boxes, drawn) < before) {
          row.splice(0, row.length, ...order);
          improved = true;
        } else row.forEach((id, i) => boxes.set(id, old[i]));
      }
      row.sort((a, b) => breadthOf(boxes.get(a)!) - breadthOf(boxes.get(b)!));
      for (let i = 0; i + 1 < row.length; i++) {
        const [l, r] = [row[i], row[i + 1]];
        const only = new Set([...(touching.get(l) ?? []), ...(touching.get(r) ?? [])]);
        if (only.size === 0) continue;
        const before = countCrossings(boxes, drawn, only);
        const [bl, br] = [boxes.get(l)!, boxes.get(r)!];
        const gap = breadthOf(br) - breadthOf(bl) - sizeOf(bl);
        const [nl, nr] = [at(bl, breadthOf(bl) + sizeOf(br) + gap), at(br, breadthOf(bl))];
        boxes.set(l, nl).set(r, nr);
        if (countCrossings(boxes, drawn, only) < before) {
          [row[i], row[i + 1]] = [r, l];
          improved = true;
        } else boxes.set(l, bl).set(r, br);
      }
    }
    if (!improved) break;
  }
  return { ...layout, boxes };
}

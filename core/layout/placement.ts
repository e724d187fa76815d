import type { Position } from '../model/types';
import { type Box, PLACEMENT_CLEARANCE } from './box';
import { boxesOverlap } from './freeSpot';

/**
 * Free-space placement in two dimensions: where a new card (or a pasted group of cards) goes
 * so that it sits on nothing already on the canvas, as near as possible to where it was wanted.
 *
 * Worked example: a 240×70 card at (0, 0) and a new 240×70 card wanted at (100, 10), clearance
 * 20. Every spot within 260 px sideways or 90 px up or down of (0, 0) is taken; the nearest
 * free one is straight below, at (100, 90) (80 px away; to the right would be 160 px). On a
 * tie, below (then right) wins.
 *
 * Exact: the nearest free spot lies where the wanted spot is free, or on an edge of a blocked
 * area; its x is the wanted x or an obstacle's left or right edge (less the box and clearance),
 * and likewise for y. Only the obstacles within a search radius are tried; the radius doubles
 * until a free spot within it is found (there is always one past the edge of all obstacles).
 */
export function findFreeBox(wanted: Box, obstacles: readonly Box[], clearance = PLACEMENT_CLEARANCE): Box {
  const { width: w, height: h } = wanted;
  const blockedBy = (near: readonly Box[], x: number, y: number) => near.some((o) => boxesOverlap({ x, y, width: w, height: h }, o, clearance));
  if (!blockedBy(obstacles, wanted.x, wanted.y)) return wanted;
  for (let r = Math.max(w, h, 1); ; r *= 2) {
    // A candidate within r of the wanted spot can only be blocked by (or touch) an obstacle near the wanted box grown by r.
    const g = r + clearance;
    const area = { x: wanted.x - g, y: wanted.y - g, width: w + 2 * g, height: h + 2 * g };
    const near = obstacles.filter((o) => boxesOverlap(area, o, clearance));
    const xs = [wanted.x, ...near.flatMap((o) => [o.x - clearance - w, o.x + o.width + clearance])];
    const ys = [wanted.y, ...near.flatMap((o) => [o.y - clearance - h, o.y + o.height + clearance])];
    let best: Position | undefined;
    let bestDistance = r * r;
    for (const x of xs) {
      const dx = (x - wanted.x) ** 2;
      if (dx > bestDistance) continue;
      for (const y of ys) {
        const d = dx + (y - wanted.y) ** 2;
        // On a tie, below (then right) wins: where a reader looks next.
        if (d > bestDistance || (d === bestDistance && best && (y < best.y || (y === best.y && x <= best.x)))) continue;
        if (blockedBy(near, x, y)) continue;
        best = { x, y };
        bestDistance = d;
      }
    }
    if (best) return { ...wanted, ...best };
  }
}

/** A box of the given size centred on a point. */
export function boxAround(centre: Position, size: { readonly width: number; readonly height: number }): Box {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

/** The smallest box holding all of the given ones (undefined for none). */
export function getBoundingBox(boxes: Iterable<Box>): Box | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * How far to move a group of new boxes (a paste, an import) that keeps their arrangement
 * so that, with its bounding box centred near `centre`, none of them sits on an obstacle.
 */
export function placeGroup(group: readonly Box[], centre: Position, obstacles: readonly Box[], clearance = PLACEMENT_CLEARANCE): Position {
  const bounds = getBoundingBox(group);
  if (!bounds) return { x: 0, y: 0 };
  const free = findFreeBox(boxAround(centre, bounds), obstacles, clearance);
  return { x: free.x - bounds.x, y: free.y - bounds.y };
}

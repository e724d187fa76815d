import type { LayoutDirection } from '../model/types';
import type { Box } from './box';

/** True when two boxes are closer than `clearance` (or overlap, for 0; touching does not count). */
export function boxesOverlap(a: Box, b: Box, clearance = 0): boolean {
  return (
    a.x < b.x + b.width + clearance &&
    b.x < a.x + a.width + clearance &&
    a.y < b.y + b.height + clearance &&
    b.y < a.y + a.height + clearance
  );
}

/**
 * The box moved along its layer (sideways in TB, up or down in LR) by as little as
 * possible so that it keeps `clearance` from every obstacle. Exact: blocked stretches
 * are merged and the nearest free end is taken (to the right / below on a tie).
 */
export function findFreeSpot(box: Box, obstacles: Iterable<Box>, direction: LayoutDirection, clearance: number): Box {
  const lr = direction === 'LR';
  const start = lr ? box.y : box.x;
  const length = lr ? box.height : box.width;
  const across = lr ? box.x : box.y;
  const acrossEnd = across + (lr ? box.width : box.height);
  const blocked: [number, number][] = [];
  for (const o of obstacles) {
    const oAcross = lr ? o.x : o.y;
    const oAcrossEnd = oAcross + (lr ? o.width : o.height);
    if (oAcross >= acrossEnd + clearance || across >= oAcrossEnd + clearance) continue;
    const oAlong = lr ? o.y : o.x;
    blocked.push([oAlong - clearance - length, oAlong + (lr ? o.height : o.width) + clearance]);
  }
  blocked.sort((a, b) => a[0] - b[0]);
  let best = start;
  for (let i = 0; i < blocked.length; ) {
    const from = blocked[i][0];
    let to = blocked[i++][1];
    while (i < blocked.length && blocked[i][0] < to) to = Math.max(to, blocked[i++][1]);
    if (start > from && start < to) best = start - from < to - start ? from : to;
  }
  return lr ? { ...box, y: best } : { ...box, x: best };
}

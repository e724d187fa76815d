import type { ArgumentMap, LayoutDirection } from '../model/types';
import { boxesOverlap, findFreeSpot } from './freeSpot';
import { type Box, LAYOUT_MARGIN, type MapLayout, PLACEMENT_CLEARANCE } from './box';

/**
 * A full layout adjusted so that pinned statements (with a position) stay where a user
 * put them; every other box that would overlap one slides along its layer to the
 * nearest free place. Pure: the layout given is not changed.
 */
export function keepPinnedStatements(map: ArgumentMap, layout: MapLayout, direction: LayoutDirection): MapLayout {
  const boxes = new Map(layout.boxes);
  const pinned = new Set<string>();
  for (const s of map.statements) {
    const box = boxes.get(s.id);
    if (!s.pinned || !s.position || !box) continue;
    boxes.set(s.id, { ...box, x: s.position.x, y: s.position.y });
    pinned.add(s.id);
  }
  if (pinned.size === 0) return layout;
  const pinnedBoxes = [...pinned].map((id) => boxes.get(id)!);
  for (const [id, box] of boxes) {
    if (pinned.has(id) || !pinnedBoxes.some((p) => boxesOverlap(p, box))) continue;
    const others = [...boxes].filter(([other]) => other !== id).map(([, b]) => b);
    boxes.set(id, findFreeSpot(box, others, direction, PLACEMENT_CLEARANCE));
  }
  return { boxes, ...extentOf(boxes.values(), layout) };
}

function extentOf(boxes: Iterable<Box>, before: MapLayout): { width: number; height: number } {
  let right = before.width;
  let bottom = before.height;
  for (const b of boxes) {
    right = Math.max(right, b.x + b.width + LAYOUT_MARGIN);
    bottom = Math.max(bottom, b.y + b.height + LAYOUT_MARGIN);
  }
  return { width: right, height: bottom };
}

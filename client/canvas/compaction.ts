import type { ArgumentMap, Position } from '../../core/model';
import { type Offset, layoutShownPart } from '../../core/layout';

export type Offsets = ReadonlyMap<string, Offset>;
export const NO_OFFSETS: Offsets = new Map();

/**
 * Where this tab draws the cards a Focus or Filter leaves shown: laid out as a map of their
 * own, `anchor` staying put (core/layout/shownPart.ts), so the hidden part leaves no holes.
 * Only the picture moves; the map keeps its positions, and others see theirs.
 */
export function getCompaction(
  map: ArgumentMap,
  stored: ReadonlyMap<string, Position>,
  hidden: ReadonlySet<string>,
  measured: ReadonlyMap<string, { width: number; height: number }>,
  anchor?: string,
  aspect = 1,
): Offsets {
  const shown = new Set(map.statements.filter((s) => !hidden.has(s.id)).map((s) => s.id));
  return layoutShownPart(map, shown, stored, measured, anchor, aspect);
}

/** Positions moved by their offsets (the drawn place of a stored one). */
export function applyOffsets(positions: ReadonlyMap<string, Position>, offsets: Offsets): Map<string, Position> {
  if (offsets.size === 0) return new Map(positions);
  return new Map([...positions].map(([id, p]) => {
    const o = offsets.get(id);
    return [id, o ? { x: p.x + o.dx, y: p.y + o.dy } : p];
  }));
}

/** The stored place of a card drawn (or dropped) at `p`. */
export function removeOffset(id: string, p: Position, offsets: Offsets): Position {
  const o = offsets.get(id);
  return o ? { x: p.x - o.dx, y: p.y - o.dy } : p;
}

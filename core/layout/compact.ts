import type { Box } from './box';

/**
 * Compaction of a partial view (Focus, Filter): the shown cards keep their arrangement, but
 * every empty band between them, across or down the page, wider than `gap` shrinks to `gap`,
 * so a focus or a filter does not leave holes the width of the whole map.
 *
 * Worked example (gap 40): boxes a at x 0–240 and b at x 2000–2240 (any y): b moves left to
 * x 280; c at x 100–340 overlaps a's column, so it stays with a. Down the page the same.
 *
 * Order along each axis is kept, and two boxes apart along an axis stay apart along it, so
 * compaction never makes cards overlap that did not.
 */

export interface Offset {
  readonly dx: number;
  readonly dy: number;
}

interface Span {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** How far each span moves back when the gaps between groups of overlapping spans shrink to `gap`. */
function closeGaps(spans: Span[], gap: number): Map<string, number> {
  spans.sort((a, b) => a.start - b.start);
  const shift = new Map<string, number>();
  let removed = 0;
  let reach = -Infinity;
  for (const s of spans) {
    if (reach !== -Infinity && s.start - reach > gap) removed += s.start - reach - gap;
    reach = Math.max(reach, s.end);
    shift.set(s.id, -removed);
  }
  return shift;
}

/** Offsets that close the empty bands between the given boxes; pure. */
export function compactBoxes(boxes: ReadonlyMap<string, Box>, gap: number): Map<string, Offset> {
  const across: Span[] = [];
  const down: Span[] = [];
  for (const [id, b] of boxes) {
    across.push({ id, start: b.x, end: b.x + b.width });
    down.push({ id, start: b.y, end: b.y + b.height });
  }
  const dx = closeGaps(across, gap);
  const dy = closeGaps(down, gap);
  return new Map([...boxes.keys()].map((id) => [id, { dx: dx.get(id)!, dy: dy.get(id)! }]));
}

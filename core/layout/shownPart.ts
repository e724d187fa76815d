import type { ArgumentMap, Id, Position } from '../model/types';
import { getRelations } from '../model/relations';
import { type Box, LAYOUT_SPACING } from './box';
import { type Offset, compactBoxes } from './compact';
import { layoutMap } from './layoutMap';
import { type Size, estimateStatementSize } from './size';

/** Up to this many shown statements are laid out afresh; more are compacted (cheaper, and keeps the picture). */
export const RELAYOUT_MAX = 150;

/**
 * Where to draw the part of a map that a Focus or Filter leaves shown, as offsets from the
 * stored positions: a small part is laid out afresh as a map of its own (its relations only,
 * the thesis and its reasons first), placed so that `anchor` (or the first shown statement)
 * stays where it is, unconnected pieces packed to the window's `aspect` (width / height); a
 * big part is compacted (compact.ts). Pure: nothing is stored.
 *
 * Worked example: Focus on a reason two steps deep in the seeded map shows 22 of its 68
 * statements; laid out alone they take a third of the width they take in the whole map.
 */
export function layoutShownPart(
  map: ArgumentMap,
  shown: ReadonlySet<Id>,
  stored: ReadonlyMap<Id, Position>,
  sizes: ReadonlyMap<Id, Size> = new Map(),
  anchor?: Id,
  aspect = 1,
): Map<Id, Offset> {
  const statements = map.statements.filter((s) => shown.has(s.id) && stored.has(s.id));
  const sizeOf = (id: Id, text: string) => sizes.get(id) ?? estimateStatementSize(text);
  if (statements.length > RELAYOUT_MAX) {
    const boxes = new Map<string, Box>(statements.map((s) => [s.id, { ...stored.get(s.id)!, ...sizeOf(s.id, s.text) }]));
    return compactBoxes(boxes, 2 * LAYOUT_SPACING.nodeGap);
  }
  const ids = new Set<Id>(statements.map((s) => s.id));
  const { inferences: inferenceById } = getRelations(map);
  const inferences = map.inferences
    .map((i) => ({ ...i, premises: i.premises.filter((p) => ids.has(p)) }))
    .filter((i) => i.premises.length > 0 && (ids.has(i.target) || inferenceById.has(i.target)));
  // An undercut whose inference is gone has nothing to point at in the part.
  const kept = new Set<string>(inferences.map((i) => i.id));
  const part = { ...map, statements, inferences: inferences.filter((i) => ids.has(i.target) || kept.has(i.target)), comments: [] };
  const { boxes } = layoutMap(part, { sizes: new Map(statements.map((s) => [s.id, sizeOf(s.id, s.text)])), thesisFirst: true, aspect });
  const pin = anchor && ids.has(anchor) ? anchor : statements[0]?.id;
  if (!pin) return new Map();
  const from = stored.get(pin)!;
  const to = boxes.get(pin)!;
  const shift = { dx: from.x - to.x, dy: from.y - to.y };
  return new Map(statements.map((s) => {
    const b = boxes.get(s.id)!;
    const p = stored.get(s.id)!;
    return [s.id, { dx: b.x + shift.dx - p.x, dy: b.y + shift.dy - p.y }];
  }));
}

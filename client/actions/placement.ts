import type { ArgumentMap, Position, Statement } from '../../core/model';
import { type Box, type Size, boxAround, estimateStatementSize, findFreeBox, layoutMap, placeGroup, placeNewStatements } from '../../core/layout';
import { getPositions } from '../canvas/projection';

/** A card's size as the canvas knows it (measured), when it does. */
export type SizeOf = (id: string) => Size | undefined;

const NO_DRAG = new Map<string, Position>();

/** A tag row under the text (the layout's estimate leaves it out). */
const TAG_ROW = 18;

/** A card's size from its text and tags, or as measured by the canvas when larger (badges, bold text). */
function getCardSize(s: Statement, sizeOf: SizeOf): Size {
  const text = estimateStatementSize(s.text);
  const estimate = s.tags.length ? { ...text, height: text.height + TAG_ROW } : text;
  const measured = sizeOf(s.id);
  return measured ? { width: Math.max(measured.width, estimate.width), height: Math.max(measured.height, estimate.height) } : estimate;
}

/** Every statement's box where the canvas shows it, hidden ones too (they come back when shown). */
export function getCardBoxes(map: ArgumentMap, sizeOf: SizeOf = () => undefined): Box[] {
  const positions = getPositions(map, NO_DRAG);
  return map.statements.map((s) => ({ ...positions.get(s.id)!, ...getCardSize(s, sizeOf) }));
}

/** Where (top-left) a new card of this text goes: centred on `centre` if that is free, else the nearest free spot. */
export function getFreePosition(map: ArgumentMap, centre: Position, text = '', sizeOf?: SizeOf): Position {
  const { x, y } = findFreeBox(boxAround(centre, estimateStatementSize(text)), getCardBoxes(map, sizeOf));
  return { x, y };
}

/**
 * Where a new statement related to others goes: next to its relatives (incremental placement),
 * kept clear of every card as the canvas shows it. `withNew` is the map with the statement and
 * its relations added; `centre` is used when it has no relative on the canvas.
 */
export function placeBesideRelatives(map: ArgumentMap, withNew: ArgumentMap, id: string, centre: () => Position, sizeOf?: SizeOf): Position {
  const text = withNew.statements.find((s) => s.id === id)?.text ?? '';
  const wanted = placeNewStatements(withNew, getPositions(map, NO_DRAG), [id]).get(id);
  if (!wanted) return getFreePosition(map, centre(), text, sizeOf);
  const { x, y } = findFreeBox({ ...wanted, ...estimateStatementSize(text) }, getCardBoxes(map, sizeOf));
  return { x, y };
}

/**
 * Positions for statements arriving together (a paste, an import): their own arrangement (a fresh
 * layout of them when some have none), moved as one group into free space around `centre`.
 */
export function placeArrivals(
  map: ArgumentMap,
  arriving: Pick<ArgumentMap, 'statements' | 'inferences'>,
  centre: Position,
  obstacles: readonly Box[] = getCardBoxes(map),
  sizeOf: SizeOf = () => undefined,
): Map<string, Position> {
  const own = arriving.statements.every((s) => s.position)
    ? undefined
    : layoutMap({ ...map, statements: arriving.statements, inferences: arriving.inferences, comments: [] }, { direction: map.direction });
  // A copy of a card on this canvas is as big as the card (sizeOf knows it by the original's id).
  const boxes = arriving.statements.map((s) => ({ ...(s.position ?? own!.boxes.get(s.id)!), ...getCardSize(s, sizeOf) }));
  const offset = placeGroup(boxes, centre, obstacles);
  return new Map(arriving.statements.map((s, i) => [s.id, { x: boxes[i].x + offset.x, y: boxes[i].y + offset.y }]));
}

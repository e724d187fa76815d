import { getConclusion, getRecordsById, getRelations } from '../model/relations';
import type { ArgumentMap, Id, Inference, LayoutDirection, Position } from '../model/types';
import { type Box, LAYOUT_MARGIN, LAYOUT_SPACING, PLACEMENT_CLEARANCE } from './box';
import { findFreeSpot } from './freeSpot';
import { type Size, estimateStatementSize } from './size';

/**
 * Incremental placement: positions (top-left) for new statements only, leaving every
 * placed statement where it is. A new premise goes beside its placed siblings (its
 * linked co-premises first), or else one layer below its conclusion (right of it in
 * LR); a new conclusion goes one layer above its premise; a statement related to
 * nothing placed goes past the right (LR: bottom) edge of the map. Each then slides
 * along its layer to the nearest spot that overlaps nothing.
 *
 * Example (TB): conclusion c at (0, 0), 240×70, premise p1 at (0, 140): a new premise
 * p2 of c lands right of p1 at (280, 140), if that is free.
 */
export function placeNewStatements(
  map: ArgumentMap,
  positions: ReadonlyMap<Id, Position>,
  newIds: readonly Id[],
  direction: LayoutDirection = map.direction,
  sizes?: ReadonlyMap<Id, Size>,
): Map<Id, Position> {
  const fresh = new Set(newIds);
  const statements = getRecordsById(map.statements);
  const sizeOf = (id: Id): Size => sizes?.get(id) ?? estimateStatementSize(statements.get(id)?.text ?? '');
  const placed = new Map<Id, Box>();
  for (const [id, p] of positions) if (!fresh.has(id)) placed.set(id, { ...p, ...sizeOf(id) });
  const relationsOf = createRelations(map);
  const result = new Map<Id, Position>();
  const pending = newIds.filter((id) => statements.has(id));
  while (pending.length) {
    let k = pending.findIndex((id) => relationsOf(id).some((r) => placed.has(r.other)));
    if (k < 0) k = 0;
    const id = pending.splice(k, 1)[0];
    const wanted = wantedBox(id, sizeOf(id), relationsOf(id), placed, direction);
    const box = findFreeSpot(wanted, placed.values(), direction, PLACEMENT_CLEARANCE);
    placed.set(id, box);
    result.set(id, { x: box.x, y: box.y });
  }
  return result;
}

/** How a statement relates to another one, from the statement's point of view. */
interface Relation {
  readonly other: Id;
  /** `conclusion`: other is what it bears on; `premise`: other bears on it; `sibling`: both bear on the same one. */
  readonly kind: 'conclusion' | 'premise' | 'coPremise' | 'sibling';
}

/** The relations of a statement, looked up on demand through the relations index. */
function createRelations(map: ArgumentMap): (id: Id) => Relation[] {
  const index = getRelations(map);
  // An undercut bears on the statement the step it questions concludes.
  const conclusionOf = (inf: Inference): Id => getConclusion(index, inf) ?? inf.target;
  const byConclusion = new Map<Id, Inference[]>();
  for (const inf of map.inferences) {
    const c = conclusionOf(inf);
    (byConclusion.get(c) ?? byConclusion.set(c, []).get(c)!).push(inf);
  }
  const memo = new Map<Id, Relation[]>();
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const relations: Relation[] = [];
    for (const inf of index.outOf(id)) {
      const target = conclusionOf(inf);
      relations.push({ other: target, kind: 'conclusion' });
      for (const q of inf.premises) if (q !== id) relations.push({ other: q, kind: 'coPremise' });
      // An undercut's premise sits among the premises of the inference it attacks.
      for (const q of index.inferences.get(inf.target)?.premises ?? []) relations.push({ other: q, kind: 'sibling' });
      for (const other of byConclusion.get(target) ?? [])
        for (const q of other.premises) if (q !== id) relations.push({ other: q, kind: 'sibling' });
    }
    for (const inf of byConclusion.get(id) ?? []) for (const p of inf.premises) relations.push({ other: p, kind: 'premise' });
    memo.set(id, relations);
    return relations;
  };
}

function wantedBox(id: Id, size: Size, relations: readonly Relation[], placed: ReadonlyMap<Id, Box>, direction: LayoutDirection): Box {
  const lr = direction === 'LR';
  const gap = LAYOUT_SPACING.nodeGap;
  const layerGap = LAYOUT_SPACING.layerGap;
  const find = (kind: Relation['kind']): Box[] =>
    relations.filter((r) => r.kind === kind && r.other !== id && placed.has(r.other)).map((r) => placed.get(r.other)!);
  const beside = find('coPremise').length ? find('coPremise') : find('sibling');
  if (beside.length) {
    // After the last of them along the layer, in its row (TB) or column (LR).
    const last = beside.reduce((a, b) => ((lr ? b.y + b.height > a.y + a.height : b.x + b.width > a.x + a.width) ? b : a));
    return lr ? { ...size, x: last.x, y: last.y + last.height + gap } : { ...size, x: last.x + last.width + gap, y: last.y };
  }
  const [conclusion] = find('conclusion');
  if (conclusion)
    return lr
      ? { ...size, x: conclusion.x + conclusion.width + layerGap, y: conclusion.y + (conclusion.height - size.height) / 2 }
      : { ...size, x: conclusion.x + (conclusion.width - size.width) / 2, y: conclusion.y + conclusion.height + layerGap };
  const [premise] = find('premise');
  if (premise)
    return lr
      ? { ...size, x: premise.x - layerGap - size.width, y: premise.y + (premise.height - size.height) / 2 }
      : { ...size, x: premise.x + (premise.width - size.width) / 2, y: premise.y - layerGap - size.height };
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const b of placed.values()) {
    right = Math.max(right, lr ? b.y + b.height : b.x + b.width);
    top = Math.min(top, lr ? b.x : b.y);
  }
  if (!placed.size) return { ...size, x: LAYOUT_MARGIN, y: LAYOUT_MARGIN };
  return lr ? { ...size, x: top, y: right + gap } : { ...size, x: right + gap, y: top };
}

import type { ArgumentMap, LayoutDirection } from '../model/types';
import { getRelations } from '../model/relations';
import { type Box, LAYOUT_MARGIN, LAYOUT_SPACING, type MapLayout } from './box';
import type { Size } from './size';

/**
 * A layered layout centres each card over the whole of its branch, so the thesis's direct
 * reasons and objections end up as far apart as their branches are wide (on the seeded map,
 * 4,400 px): nobody can read the top of the argument at once. This lays the thesis and its
 * first layer out on their own, side by side, as a band at the top (left in LR) centred where
 * the thesis was, and moves the rest of the map down (right) past it, unchanged.
 *
 * Worked example (TB): thesis t with reasons a, b whose branches are 3,000 px apart → t on
 * top, a and b next to each other under it (one card gap), their branches below as before.
 * A map without exactly one thesis, or whose thesis has no reasons or objections, is left as it is.
 */
export function putThesisFirst(map: ArgumentMap, layout: MapLayout, direction: LayoutDirection, place: (map: ArgumentMap, sizes: ReadonlyMap<string, Size>) => MapLayout): MapLayout {
  const theses = map.statements.filter((s) => s.kind === 'thesis');
  if (theses.length !== 1) return layout;
  const thesis = theses[0];
  const onThesis = getRelations(map).into(thesis.id).filter((i) => !i.premises.includes(thesis.id));
  const first = new Set(onThesis.flatMap((i) => i.premises));
  if (first.size === 0) return layout;
  const bandIds = new Set([thesis.id, ...first]);
  const sizes = new Map([...bandIds].map((id) => {
    const { width, height } = layout.boxes.get(id)!;
    return [id, { width, height }];
  }));
  const band = place({
    ...map,
    statements: map.statements.filter((s) => bandIds.has(s.id)),
    inferences: onThesis,
    comments: [],
  }, sizes);
  const inBand = (id: string) => band.boxes.has(id);
  const lr = direction === 'LR';
  // Abstract axes: depth runs from the thesis to its premises, breadth along a layer.
  const depthOf = (b: Box) => (lr ? b.x : b.y);
  const depthEnd = (b: Box) => (lr ? b.x + b.width : b.y + b.height);
  const breadthCentre = (b: Box) => (lr ? b.y + b.height / 2 : b.x + b.width / 2);
  const move = (b: Box, dBreadth: number, dDepth: number): Box =>
    lr ? { ...b, x: b.x + dDepth, y: b.y + dBreadth } : { ...b, x: b.x + dBreadth, y: b.y + dDepth };

  const rest = [...layout.boxes].filter(([id]) => !inBand(id));
  const bandEnd = Math.max(...[...band.boxes.values()].map(depthEnd));
  const restStart = rest.length ? Math.min(...rest.map(([, b]) => depthOf(b))) : 0;
  const restShift = bandEnd + LAYOUT_SPACING.layerGap - restStart;
  const bandShift = breadthCentre(layout.boxes.get(thesis.id)!) - breadthCentre(band.boxes.get(thesis.id)!);
  const boxes = new Map<string, Box>();
  for (const [id, b] of band.boxes) boxes.set(id, move(b, bandShift, 0));
  for (const [id, b] of rest) boxes.set(id, move(b, 0, restShift));
  return normalise(boxes);
}

/** Boxes moved so the top-left-most edges sit at the layout margin, with the layout's extent. */
function normalise(boxes: Map<string, Box>): MapLayout {
  const all = [...boxes.values()];
  const dx = LAYOUT_MARGIN - Math.min(...all.map((b) => b.x));
  const dy = LAYOUT_MARGIN - Math.min(...all.map((b) => b.y));
  const out = new Map([...boxes].map(([id, b]) => [id, { ...b, x: b.x + dx, y: b.y + dy }]));
  const width = Math.max(...all.map((b) => b.x + b.width)) + dx + LAYOUT_MARGIN;
  const height = Math.max(...all.map((b) => b.y + b.height)) + dy + LAYOUT_MARGIN;
  return { boxes: out, width, height };
}


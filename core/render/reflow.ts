import { junctionId } from '../layout/layoutGraph';
import type { Box, MapLayout } from '../layout/layoutMap';
import type { ArgumentMap } from '../model/types';

/**
 * Fits a top-down layout into a width by wrapping wide layers into more rows, as a figure in
 * a column needs: a layer that is too wide keeps its left-to-right order (the layout's
 * crossing-minimised order) and breaks into rows; a layer that is narrow enough only slides
 * sideways into the width. Layers below move down by what the rows added. Junctions follow
 * their premises. Worked example: five 170-wide cards in one layer, width 400 → rows of 2, 2, 1.
 */

const GAP = 24;
const ROW_GAP = 30;
const MARGIN = 20;

interface Layer {
  top: number;
  bottom: number;
  ids: string[];
}

function layersOf(boxes: ReadonlyMap<string, Box>, skip: ReadonlySet<string>): Layer[] {
  const items = [...boxes].filter(([id]) => !skip.has(id)).sort((a, b) => a[1].y - b[1].y);
  const layers: Layer[] = [];
  for (const [id, b] of items) {
    const last = layers[layers.length - 1];
    if (last && b.y < last.bottom) {
      last.ids.push(id);
      last.bottom = Math.max(last.bottom, b.y + b.height);
    } else layers.push({ top: b.y, bottom: b.y + b.height, ids: [id] });
  }
  return layers;
}

/** Packs a layer's boxes (in x order) into rows no wider than `width`. */
function rowsOf(ids: string[], boxes: ReadonlyMap<string, Box>, width: number): string[][] {
  const rows: string[][] = [[]];
  let used = 0;
  for (const id of ids) {
    const w = boxes.get(id)!.width;
    if (rows[rows.length - 1].length > 0 && used + GAP + w > width) {
      rows.push([]);
      used = 0;
    }
    used += (rows[rows.length - 1].length ? GAP : 0) + w;
    rows[rows.length - 1].push(id);
  }
  return rows;
}

/** The layout of a top-down map refitted to `maxWidth` (unchanged when it already fits). */
export function reflowLayers(map: ArgumentMap, layout: MapLayout, maxWidth: number): MapLayout {
  if (layout.width <= maxWidth) return layout;
  const inner = maxWidth - 2 * MARGIN;
  const junctions = new Map(map.inferences.filter((i) => layout.boxes.has(junctionId(i.id))).map((i) => [junctionId(i.id), i]));
  const out = new Map<string, Box>();
  let shift = 0;
  let bottom = 0;
  for (const layer of layersOf(layout.boxes, new Set(junctions.keys()))) {
    const ids = layer.ids.sort((a, b) => layout.boxes.get(a)!.x - layout.boxes.get(b)!.x);
    const first = layout.boxes.get(ids[0])!;
    const last = layout.boxes.get(ids[ids.length - 1])!;
    const extent = last.x + last.width - first.x;
    let y = layer.top + shift;
    if (extent <= inner) {
      // Slide the layer as little as needed to lie inside the width.
      const dx = Math.min(Math.max(0, MARGIN - first.x), maxWidth - MARGIN - (last.x + last.width));
      for (const id of ids) out.set(id, { ...layout.boxes.get(id)!, x: layout.boxes.get(id)!.x + dx, y: layout.boxes.get(id)!.y + shift });
      bottom = layer.bottom + shift;
      continue;
    }
    for (const row of rowsOf(ids, layout.boxes, inner)) {
      const width = row.reduce((w, id) => w + layout.boxes.get(id)!.width, GAP * (row.length - 1));
      let x = MARGIN + (inner - width) / 2;
      const height = Math.max(...row.map((id) => layout.boxes.get(id)!.height));
      for (const id of row) {
        const b = layout.boxes.get(id)!;
        out.set(id, { ...b, x, y });
        x += b.width + GAP;
      }
      y += height + ROW_GAP;
    }
    bottom = y - ROW_GAP;
    shift = bottom - layer.bottom;
  }
  // A junction sits between its premises and its target: centred over the premises, just above the highest.
  for (const [key, inf] of junctions) {
    const j = layout.boxes.get(key)!;
    const premises = inf.premises.map((p) => out.get(p)).filter((b): b is Box => !!b);
    const target = out.get(inf.target) ?? out.get(junctionId(inf.target));
    if (premises.length === 0 || !target) continue;
    const cx = premises.reduce((s, b) => s + b.x + b.width / 2, 0) / premises.length;
    const top = Math.min(...premises.map((b) => b.y));
    const cy = Math.max(target.y + target.height + 12, top - 22);
    out.set(key, { ...j, x: cx - j.width / 2, y: Math.min(cy, top - 8) - j.height / 2 });
  }
  for (const [key, j] of layout.boxes) if (!out.has(key)) out.set(key, j);
  return { boxes: out, width: maxWidth, height: Math.max(layout.height, bottom + MARGIN) };
}

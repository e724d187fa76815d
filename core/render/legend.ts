import type { ArgumentMap } from '../model/types';
import { getRelations, RELATION_KINDS } from '../model/relations';
import { makeEdge } from './edges';
import { textWidth } from './metrics';
import type { Scene, SceneEdge, SceneJunction, SceneText } from './scene';
import { EDGE_STYLES, type EdgeRole, LEGEND_STYLE, SIZES } from './style';

const SAMPLE = 34;
const GAP = 6;
const ITEM_GAP = 18;
const ROW = 17;
const PAD = 8;
const MARGIN = 20;

interface Item {
  readonly label: string;
  readonly draw: (x: number, y: number) => { edges: SceneEdge[]; junctions: SceneJunction[] };
}

const roleItem = (role: EdgeRole): Item => ({
  label: EDGE_STYLES[role].label,
  draw: (x, y) => ({ edges: [makeEdge('legend', role, '', '', [{ x, y }, { x: x + SAMPLE, y }], true)], junctions: [] }),
});

const linkedItem: Item = {
  label: 'linked premises',
  draw: (x, y) => {
    const j = { x: x + 14, y };
    return {
      edges: [
        makeEdge('legend', 'support', '', '', [{ x, y: y - 5 }, j], false),
        makeEdge('legend', 'support', '', '', [{ x, y: y + 5 }, j], false),
        makeEdge('legend', 'support', '', '', [j, { x: x + SAMPLE, y }], true),
      ],
      junctions: [{ inference: 'legend', key: 'legend', cx: j.x, cy: j.y, r: SIZES.junctionRadius }],
    };
  },
};

/** The legend items a map needs: the line styles it uses (all of them for an empty map). */
function legendItems(map: ArgumentMap): Item[] {
  const relations = getRelations(map);
  const roles = new Set(map.inferences.map(relations.kind));
  const used = RELATION_KINDS.filter((r) => roles.size === 0 || roles.has(r));
  const linked = map.inferences.some(relations.isLinked);
  return [...used.map(roleItem), ...(linked ? [linkedItem] : [])];
}

/** Adds a legend row (wrapping to more rows on narrow maps) under the map. */
export function buildLegend(scene: Scene, map: ArgumentMap): Scene {
  const maxRow = Math.max(scene.width - 2 * MARGIN - 2 * PAD, 260);
  const edges: SceneEdge[] = [];
  const junctions: SceneJunction[] = [];
  const texts: SceneText[] = [];
  const top = scene.height;
  let x = 0;
  let row = 0;
  let widest = 0;
  for (const item of legendItems(map)) {
    const w = SAMPLE + GAP + textWidth(item.label, LEGEND_STYLE.size);
    if (x > 0 && x + w > maxRow) {
      row++;
      x = 0;
    }
    const left = MARGIN + PAD + x;
    const cy = top + PAD + row * ROW + ROW / 2;
    const drawn = item.draw(left, cy);
    edges.push(...drawn.edges);
    junctions.push(...drawn.junctions);
    texts.push({ text: item.label, x: left + SAMPLE + GAP, y: cy + 0.36 * LEGEND_STYLE.size, anchor: 'start', style: LEGEND_STYLE });
    widest = Math.max(widest, x + w);
    x += w + ITEM_GAP;
  }
  const width = widest + 2 * PAD;
  const height = (row + 1) * ROW + 2 * PAD;
  const frame = { stroke: '#999999', strokeWidth: 0.6, dash: [], fill: '#ffffff', radius: 2 };
  const legend = { x: MARGIN, y: top, width, height, frame, edges, junctions, texts };
  return { ...scene, width: Math.max(scene.width, width + 2 * MARGIN), height: top + height + MARGIN, legend };
}

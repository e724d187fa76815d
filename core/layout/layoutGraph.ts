import { getRelations } from '../model/relations';
import { toJunctionId } from '../model/ids';
import type { ArgumentMap, Id, InferenceId } from '../model/types';
import { JUNCTION_SIZE, type Size, estimateStatementSize } from './size';

/**
 * The graph a layout engine sees. Conclusions rank above their premises (edges run
 * conclusion → premise). An inference gets its own small junction node when it joins
 * linked premises or is itself attacked (undercut), so the joint has a place on the page.
 */
export interface LayoutNode extends Size {
  readonly id: string;
  readonly junction: boolean;
}
export interface LayoutEdge {
  readonly from: string;
  readonly to: string;
}
export interface LayoutGraph {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** The id of an inference's junction node in a layout. */
export const junctionId = toJunctionId;

/** True when an inference is drawn through a junction (linked premises, or undercut). */
export function hasJunction(map: Pick<ArgumentMap, 'statements' | 'inferences'>, inferenceId: InferenceId): boolean {
  return getRelations(map).hasJunction(inferenceId);
}

export function buildLayoutGraph(map: ArgumentMap, sizes?: ReadonlyMap<Id, Size>): LayoutGraph {
  const nodes: LayoutNode[] = map.statements.map((s) => ({
    id: s.id,
    junction: false,
    ...(sizes?.get(s.id) ?? estimateStatementSize(s.text)),
  }));
  const edges: LayoutEdge[] = [];
  const relations = getRelations(map);
  const junctions = new Set<Id>(map.inferences.filter((i) => relations.hasJunction(i.id)).map((i) => i.id));
  const endOf = (target: Id): string => (junctions.has(target) ? junctionId(target) : target);
  for (const inf of map.inferences) {
    if (junctions.has(inf.id)) {
      const j = junctionId(inf.id);
      nodes.push({ id: j, junction: true, width: JUNCTION_SIZE, height: JUNCTION_SIZE });
      edges.push({ from: endOf(inf.target), to: j });
      for (const p of inf.premises) edges.push({ from: j, to: p });
    } else {
      for (const p of inf.premises) edges.push({ from: endOf(inf.target), to: p });
    }
  }
  return { nodes, edges };
}

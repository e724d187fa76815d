/**
 * Warrant map → AIF JSON as AIFdb writes it: `{nodes, edges, locutions}`.
 * Statements are I-nodes; a support inference is an RA-node, an attack a CA-node (an undercut is a
 * CA-node pointing at the RA- or CA-node it attacks). Edges run premise → S-node → target, never
 * between two I-nodes. A catalogue scheme is written by its AIF name (`expert-opinion` → `Expert Opinion`). Node ids are the map's ids (strings), so a round trip keeps them.
 *   r1 ─▶ i1(RA) ─▶ t        u1 ─▶ i3(CA) ─▶ i1(RA)
 */
import type { ArgumentMap } from '../../model/types';
import { getScheme } from '../../schemes/catalogue';

export const DEFAULT_SCHEME = { RA: 'Default Inference', CA: 'Default Conflict', MA: 'Default Rephrase', PA: 'Default Preference' } as const;
/** The scheme of a support inference read from an MA-node (a rephrase): written back as an MA-node. */
export const REPHRASE = 'rephrase';

export interface AifNode {
  readonly nodeID: string;
  readonly text: string;
  readonly type: string;
  readonly scheme?: string;
}

export interface AifEdge {
  readonly edgeID: string;
  readonly fromID: string;
  readonly toID: string;
  readonly formEdgeID: null;
}

/** The map as an AIFdb JSON object. */
export function toAif(map: ArgumentMap): { nodes: AifNode[]; edges: AifEdge[]; locutions: never[] } {
  // An id the AIF importer made from a numeric AIFdb id ("aif-12") goes back to that id ("12") when nothing else has it.
  const taken = new Set([...map.statements, ...map.inferences].map((r) => r.id));
  const original = (id: string) => {
    const digits = /^aif-(\d+)$/.exec(id)?.[1];
    return digits !== undefined && !taken.has(digits) ? digits : id;
  };
  const nodes: AifNode[] = map.statements.map((s) => ({ nodeID: original(s.id), text: s.text, type: 'I' }));
  const edges: AifEdge[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: `e${edges.length + 1}`, fromID: original(fromID), toID: original(toID), formEdgeID: null });
  for (const inf of map.inferences) {
    const rephrase = inf.polarity === 'support' && inf.scheme === REPHRASE;
    const type = rephrase ? 'MA' : inf.polarity === 'support' ? 'RA' : 'CA';
    const scheme = rephrase ? undefined : getScheme(inf.scheme)?.aifName ?? inf.scheme;
    nodes.push({ nodeID: original(inf.id), text: scheme ?? DEFAULT_SCHEME[type], type, ...(scheme && { scheme }) });
    for (const p of inf.premises) edge(p, inf.id);
    edge(inf.id, inf.target);
  }
  return { nodes, edges, locutions: [] };
}

export function exportAif(map: ArgumentMap): string {
  return `${JSON.stringify(toAif(map), null, 2)}\n`;
}

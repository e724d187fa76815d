/**
 * Warrant map → AIF JSON as AIFdb writes it: `{nodes, edges, locutions}`.
 * Statements are I-nodes; a support inference is an RA-node, an attack a CA-node (an undercut is a
 * CA-node pointing at the RA- or CA-node it attacks). Edges run premise → S-node → target, never
 * between two I-nodes. A catalogue scheme is written by its AIF name (`expert-opinion` → `Expert Opinion`). Node ids are the map's ids (strings), so a round trip keeps them.
 *   r1 ─▶ i1(RA) ─▶ t        u1 ─▶ i3(CA) ─▶ i1(RA)
 * What AIF has no place for (kinds, tags, labels, anchors, comments, the title…) goes into `warrant`
 * keys that AIF readers ignore (./warrantFields.ts).
 */
import type { ArgumentMap } from '../../model/types';
import { getScheme } from '../../schemes/catalogue';
import { DEFAULT_SCHEME, REPHRASE, readScheme } from './schemes';
import { WARRANT_KEY, inferenceFields, mapFields, statementFields } from './warrantFields';

export { DEFAULT_SCHEME, REPHRASE } from './schemes';

export interface AifNode {
  readonly nodeID: string;
  readonly text: string;
  readonly type: string;
  readonly scheme?: string;
  /** Warrant's own fields (./warrantFields.ts). */
  readonly warrant?: Readonly<Record<string, unknown>>;
}

export interface AifEdge {
  readonly edgeID: string;
  readonly fromID: string;
  readonly toID: string;
  readonly formEdgeID: null;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: never[];
  warrant?: Readonly<Record<string, unknown>>;
}

const withFields = <T extends object>(record: T, fields: Readonly<Record<string, unknown>> | undefined): T => (fields ? { ...record, [WARRANT_KEY]: fields } : record);

/** The map as an AIFdb JSON object. */
export function toAif(map: ArgumentMap): AifDocument {
  // An id the AIF importer made from a numeric AIFdb id ("aif-12") goes back to that id ("12") when nothing else has it.
  const taken = new Set<string>([...map.statements, ...map.inferences].map((r) => r.id));
  const original = (id: string) => {
    const digits = /^aif-(\d+)$/.exec(id)?.[1];
    return digits !== undefined && !taken.has(digits) ? digits : id;
  };
  const nodes: AifNode[] = map.statements.map((s) => withFields({ nodeID: original(s.id), text: s.text, type: 'I' }, statementFields(s, original(s.id))));
  const edges: AifEdge[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: `e${edges.length + 1}`, fromID: original(fromID), toID: original(toID), formEdgeID: null });
  for (const inf of map.inferences) {
    const rephrase = inf.polarity === 'support' && inf.scheme === REPHRASE;
    const type = rephrase ? 'MA' : inf.polarity === 'support' ? 'RA' : 'CA';
    const scheme = rephrase ? undefined : getScheme(inf.scheme)?.aifName ?? inf.scheme;
    const text = scheme ?? DEFAULT_SCHEME[type];
    const fields = inferenceFields(inf, original(inf.id), readScheme(type, scheme, text));
    nodes.push(withFields({ nodeID: original(inf.id), text, type, ...(scheme && { scheme }) }, fields));
    for (const p of inf.premises) edge(p, inf.id);
    edge(inf.id, inf.target);
  }
  return withFields({ nodes, edges, locutions: [] }, mapFields(map));
}

export function exportAif(map: ArgumentMap): string {
  return `${JSON.stringify(toAif(map), null, 2)}\n`;
}

/**
 * GraphML → Warrant map. Files Warrant wrote come back exactly (every field is in `<data>`).
 * Other GraphML (yEd drawings, exports of other tools) is read as well as it can be: each node is
 * a statement labelled by its text data or its yEd label, each edge a single-premise support, or an
 * attack when its data says attack / undercut / con; nodes in groups are taken out of the group.
 */
import { type Inference, type NodeId, type Statement, type StatementId, STATEMENT_KINDS, LAYOUT_DIRECTIONS, createEmptyMap } from '../../model/types';
import { formatIssues, validateMap } from '../../model/validate';
import { asInferenceId, asNodeId, asStatementId } from '../../model/ids';
import { createIdAllocator } from '../argdown/ids';
import { type ImportResult, ImportError } from '../format';
import { type XmlElement, childElements, localName, parseXml, textContent } from './xml';

export const MAX_GRAPHML_CHARS = 20_000_000;

type Data = Map<string, XmlElement>;

function checkText(text: string): void {
  if (text.length > MAX_GRAPHML_CHARS) throw new ImportError(`the GraphML file is ${text.length} characters long, more than the limit of ${MAX_GRAPHML_CHARS}`);
  const bad = /[\x00-\x08\x0b\x0c\x0e-\x1f]/.exec(text);
  if (bad) throw new ImportError(`line ${text.slice(0, bad.index).split('\n').length}: binary data or a control character that XML does not allow`);
}

const descendants = (el: XmlElement, local: string): XmlElement[] =>
  childElements(el).flatMap((c) => (localName(c.name) === local ? [c, ...descendants(c, local)] : descendants(c, local)));

export function importGraphml(text: string): ImportResult {
  checkText(text);
  const root = parseXml(text);
  if (localName(root.name) !== 'graphml') throw new ImportError(`not GraphML: the root element is <${root.name}>, not <graphml>`);
  const keys = new Map(childElements(root, 'key').map((k) => [k.attrs.id, k.attrs['yfiles.type'] ?? k.attrs['attr.name'] ?? k.attrs.id]));
  const dataOf = (el: XmlElement): Data => new Map(childElements(el, 'data').map((d) => [keys.get(d.attrs.key) ?? d.attrs.key, d]));
  const str = (d: Data, ...names: string[]): string | undefined => {
    const el = names.map((n) => d.get(n)).find((x) => x !== undefined);
    return el && textContent(el);
  };
  const json = (d: Data, name: string, where: string): unknown => {
    const raw = str(d, name);
    if (raw === undefined || raw === '') return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      throw new ImportError(`line ${d.get(name)!.line}: the ${name} of ${where} is not valid JSON`);
    }
  };
  const graph = childElements(root, 'graph')[0];
  if (!graph) throw new ImportError('the GraphML file has no <graph>');
  const notes: string[] = [];
  const nodes = descendants(graph, 'node').filter((n) => !childElements(n, 'graph').length);
  const groups = descendants(graph, 'node').length - nodes.length;
  if (groups) notes.push(`${groups} group node(s) left out; their members were kept`);

  const allocate = createIdAllocator();
  const ids = new Map<string, string>();
  const inferenceRaw = new Set<string>();
  const statements: Statement[] = [];
  const inferenceNodes: { id: string; data: Data; line: number }[] = [];
  for (const n of nodes) {
    const raw = n.attrs.id;
    if (raw === undefined) throw new ImportError(`line ${n.line}: a <node> has no id`);
    if (ids.has(raw)) throw new ImportError(`line ${n.line}: node id ${raw} is used twice`);
    const id = allocate(raw, 'node');
    ids.set(raw, id);
    const d = dataOf(n);
    if (str(d, 'role') === 'inference') {
      inferenceRaw.add(raw);
      inferenceNodes.push({ id, data: d, line: n.line });
      continue;
    }
    const label = descendants(d.get('nodegraphics') ?? n, 'NodeLabel')[0];
    const geometry = descendants(d.get('nodegraphics') ?? n, 'Geometry')[0];
    const tags = json(d, 'tags', `node ${raw}`);
    const [x, y] = [Number(geometry?.attrs.x), Number(geometry?.attrs.y)];
    statements.push({
      id: asStatementId(id),
      text: str(d, 'text') ?? (label ? textContent(label) : (str(d, 'label', 'name', 'description') ?? '')),
      kind: STATEMENT_KINDS.find((k) => k === str(d, 'kind')) ?? 'claim',
      tags: Array.isArray(tags) ? tags.filter((t) => typeof t === 'string') : [],
      anchors: (json(d, 'anchors', `node ${raw}`) as Statement['anchors']) ?? [],
      ...(str(d, 'color') && { color: str(d, 'color') }),
      ...(str(d, 'placed') !== 'false' && Number.isFinite(x) && Number.isFinite(y) && geometry && { position: { x, y } }),
      ...(str(d, 'pinned') === 'true' && { pinned: true }),
      ...(str(d, 'collapsed') === 'true' && { collapsed: true }),
    });
  }

  // Ends of edges are read as the kind they must be; validateMap checks that they are.
  const premises = new Map<string, { id: StatementId; index: number }[]>();
  const targets = new Map<string, NodeId[]>();
  const inferences: Inference[] = [];
  let plain = 0;
  for (const e of descendants(graph, 'edge')) {
    const { source, target } = e.attrs;
    const name = e.attrs.id ?? `on line ${e.line}`;
    for (const end of [source, target]) if (end === undefined || !ids.has(end)) throw new ImportError(`line ${e.line}: edge ${name} points to node ${end ?? '(none)'}, which is not in the graph`);
    const d = dataOf(e);
    const role = str(d, 'edge-role', 'role') ?? (inferenceRaw.has(source) ? 'target' : inferenceRaw.has(target) ? 'premise' : undefined);
    if (role === 'premise' && inferenceRaw.has(target)) {
      premises.set(target, [...(premises.get(target) ?? []), { id: asStatementId(ids.get(source)!), index: Number(str(d, 'index') ?? 0) }]);
    } else if (role === 'target' && inferenceRaw.has(source)) targets.set(source, [...(targets.get(source) ?? []), asNodeId(ids.get(target)!)]);
    else {
      plain++;
      const attack = /^(attack|undercut|con|rebut|against)$/i.test(str(d, 'relation', 'polarity', 'type', 'label', 'description') ?? '');
      const [p, t] = [asStatementId(ids.get(source)!), asNodeId(ids.get(target)!)];
      if (p !== t) inferences.push({ id: asInferenceId(allocate(`${p}-${attack ? 'attacks' : 'supports'}-${t}`, 'inference')), premises: [p], target: t, polarity: attack ? 'attack' : 'support' });
    }
  }
  if (plain) notes.push(`${plain} edge(s) between two statements read as ${plain === 1 ? 'a single-premise inference' : 'single-premise inferences'}`);
  const rawOf = new Map([...ids].map(([raw, id]) => [id, raw]));
  for (const n of inferenceNodes) {
    const ps = (premises.get(rawOf.get(n.id)!) ?? []).sort((a, b) => a.index - b.index).map((p) => p.id);
    const ts = targets.get(rawOf.get(n.id)!) ?? [];
    if (!ps.length || ts.length !== 1) throw new ImportError(`line ${n.line}: inference node ${rawOf.get(n.id)} needs at least one premise edge and exactly one target edge (it has ${ps.length} and ${ts.length})`);
    const [label, scheme] = [str(n.data, 'label'), str(n.data, 'scheme')];
    // The critical question an attack answers (core/schemes); validateMap checks its shape.
    const answers = json(n.data, 'answers', `inference node ${rawOf.get(n.id)}`) as Inference['answers'];
    const tags = json(n.data, 'tags', `inference node ${rawOf.get(n.id)}`);
    const argumentTags = Array.isArray(tags) ? tags.filter((t) => typeof t === 'string') : [];
    inferences.push({ id: asInferenceId(n.id), premises: ps, target: ts[0], polarity: str(n.data, 'polarity') === 'attack' ? 'attack' : 'support', ...(label && { label }), ...(scheme && { scheme }), ...(answers && { answers }), ...(argumentTags.length && { tags: argumentTags }) });
  }

  const g = dataOf(graph);
  const map = {
    ...createEmptyMap(str(g, 'title') ?? 'Imported GraphML'),
    description: str(g, 'description') ?? '',
    direction: LAYOUT_DIRECTIONS.find((x) => x === str(g, 'direction')) ?? 'TB',
    sources: json(g, 'sources', 'the graph') ?? [],
    comments: json(g, 'comments', 'the graph') ?? [],
    statements,
    inferences,
  };
  const result = validateMap(map);
  if (!result.ok) throw new ImportError(formatIssues(result.issues));
  return { map: result.map, notes };
}

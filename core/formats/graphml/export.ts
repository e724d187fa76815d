import { getRelations } from '../../model/relations';
/**
 * Warrant map → GraphML that yEd opens with readable boxes, and that Warrant reads back losslessly.
 * Every statement is a node (a yEd ShapeNode labelled with its text); every inference is a small
 * node of its own (a junction), so linked premises and undercuts need no tricks:
 *   r1 ──premise──▶ (+ i1) ──target──▶ t          u1 ──premise──▶ (− i3) ──target──▶ (+ i1)
 * Everything Warrant knows is also written as plain `<data>` (text, kind, tags, anchors, polarity,
 * premise order, map title, sources, comments), so no yEd styling is needed to read it.
 */
import type { ArgumentMap, Id, Inference, Position, Statement } from '../../model/types';
import { GRAPH_KEYS, KEY_PREFIX, NODE_KEYS, EDGE_KEYS } from './keys';

// XML 1.0 cannot hold these characters at all, not even as references.
const INVALID = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/** Text for XML content, or (attribute = true) for a double-quoted attribute, where line breaks must be references. */
export const escapeXml = (s: string, attribute = false): string =>
  s.replace(INVALID, '').replace(attribute ? /[&<>"\r\n\t]/g : /[&<>\r]/g, (c) => REFS[c]);

const data = (key: string, value: string | number | boolean | undefined) =>
  value === undefined ? [] : [`      <data key="${KEY_PREFIX}${key}">${escapeXml(String(value))}</data>`];

const COLORS = { support: '#2E7D32', attack: '#C62828' } as const;

function statementNode(s: Statement, i: number): string[] {
  const { x, y } = s.position ?? { x: (i % 6) * 260, y: Math.floor(i / 6) * 140 };
  const height = 30 + 16 * Math.ceil(Math.max(1, s.text.length) / 32);
  return [
    `    <node id="${escapeXml(s.id, true)}">`,
    ...data('role', 'statement'),
    ...data('text', s.text),
    ...data('kind', s.kind),
    ...data('tags', JSON.stringify(s.tags)),
    ...(s.anchors.length ? data('anchors', JSON.stringify(s.anchors)) : []),
    ...data('color', s.color),
    ...data('placed', s.position !== undefined),
    ...data('pinned', s.pinned),
    ...data('collapsed', s.collapsed),
    `      <data key="${KEY_PREFIX}graphics">`,
    '        <y:ShapeNode>',
    `          <y:Geometry height="${height}" width="220" x="${x}" y="${y}"/>`,
    `          <y:Fill color="${/^#[0-9a-fA-F]{6}$/.test(s.color ?? '') ? s.color : '#FFFFFF'}" transparent="false"/>`,
    '          <y:BorderStyle color="#37474F" type="line" width="1.0"/>',
    `          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" fontStyle="${s.kind === 'thesis' ? 'bold' : 'plain'}" modelName="internal" modelPosition="c" textColor="#000000" visible="true">${escapeXml(s.text)}</y:NodeLabel>`,
    '          <y:Shape type="roundrectangle"/>',
    '        </y:ShapeNode>',
    '      </data>',
    '    </node>',
  ];
}

function inferenceNode(inf: Inference, at: { x: number; y: number }): string[] {
  return [
    `    <node id="${escapeXml(inf.id, true)}">`,
    ...data('role', 'inference'),
    ...data('polarity', inf.polarity),
    ...data('label', inf.label),
    ...data('scheme', inf.scheme),
    ...data('tags', inf.tags && JSON.stringify(inf.tags)),
    ...data('answers', inf.answers && JSON.stringify(inf.answers)),
    `      <data key="${KEY_PREFIX}graphics">`,
    '        <y:ShapeNode>',
    `          <y:Geometry height="24" width="24" x="${at.x}" y="${at.y}"/>`,
    `          <y:Fill color="${COLORS[inf.polarity]}" transparent="false"/>`,
    '          <y:BorderStyle hasColor="false" type="line" width="1.0"/>',
    `          <y:NodeLabel fontSize="12" modelName="internal" modelPosition="c" textColor="#FFFFFF" visible="true">${inf.polarity === 'support' ? '+' : '−'}</y:NodeLabel>`,
    '          <y:Shape type="ellipse"/>',
    '        </y:ShapeNode>',
    '      </data>',
    '    </node>',
  ];
}

function edge(id: string, from: string, to: string, role: 'premise' | 'target', relation: string, index?: number): string[] {
  const color = relation === 'support' ? COLORS.support : COLORS.attack;
  return [
    `    <edge id="${id}" source="${escapeXml(from, true)}" target="${escapeXml(to, true)}">`,
    ...data('edge-role', role),
    ...data('relation', relation),
    ...data('index', index),
    `      <data key="${KEY_PREFIX}edge-graphics">`,
    `        <y:PolyLineEdge><y:LineStyle color="${color}" type="${relation === 'undercut' ? 'dashed' : 'line'}" width="${role === 'target' ? 2 : 1}.0"/><y:Arrows source="none" target="${role === 'target' ? 'standard' : 'none'}"/></y:PolyLineEdge>`,
    '      </data>',
    '    </edge>',
  ];
}

export function exportGraphml(map: ArgumentMap): string {
  const keys = [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS].map(
    (k) => `  <key id="${KEY_PREFIX}${k.name}" for="${k.for}" ${'yfiles' in k ? `yfiles.type="${k.yfiles}"` : `attr.name="${k.name}" attr.type="${k.type}"`}/>`,
  );
  const statements = map.statements.flatMap(statementNode);
  const where = new Map<Id, Position>(map.statements.map((s, i) => [s.id, s.position ?? { x: (i % 6) * 260, y: Math.floor(i / 6) * 140 }]));
  const inferences = map.inferences.flatMap((inf) => {
    const a = where.get(inf.premises[0]) ?? { x: 0, y: 0 };
    const b = where.get(inf.target) ?? a;
    const at = { x: Math.round((a.x + b.x) / 2 + 98), y: Math.round((a.y + b.y) / 2) };
    where.set(inf.id, at);
    return inferenceNode(inf, at);
  });
  const relations = getRelations(map);
  let n = 0;
  const edges = map.inferences.flatMap((inf) => {
    const relation = relations.kind(inf);
    return [
      ...inf.premises.flatMap((p, i) => edge(`e${++n}`, p, inf.id, 'premise', relation, i)),
      ...edge(`e${++n}`, inf.id, inf.target, 'target', relation),
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...keys,
    '  <graph id="G" edgedefault="directed">',
    ...data('title', map.title).map((l) => l.slice(2)),
    ...data('description', map.description).map((l) => l.slice(2)),
    ...data('direction', map.direction).map((l) => l.slice(2)),
    ...(map.sources.length ? data('sources', JSON.stringify(map.sources)).map((l) => l.slice(2)) : []),
    ...(map.comments.length ? data('comments', JSON.stringify(map.comments)).map((l) => l.slice(2)) : []),
    ...statements,
    ...inferences,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

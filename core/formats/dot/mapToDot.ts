import { hasJunction } from '../../layout/layoutGraph';
import type { ArgumentMap, Statement } from '../../model/types';
import { toJunctionId } from '../../model/ids';
import { RELATION_KINDS } from '../../model/relations';
import { edgeRole } from '../../render/edges';
import { getNodeText } from '../../render/nodeText';
import { CAPTION_STYLE, EDGE_STYLES, type EdgeRole, FONT_FAMILY, KIND_STYLES, LEGEND_STYLE, SIZES } from '../../render/style';

/**
 * Graphviz DOT in the figures' visual language; Graphviz does the layout. Premises point
 * up to conclusions (rankdir BT, or RL for left-right maps); linked premises meet at a
 * point node; an undercut ends at the point node of the inference it attacks.
 */

/**
 * Characters Graphviz cannot take: controls, and what is not an XML character (U+FFFE, U+FFFF,
 * lone surrogates) — its HTML-like label parser (expat) stops the whole file at one of them.
 */
const UNFIT = /[\u0000-\u001f\u007f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A DOT quoted string. */
export const dotString = (text: string): string => `"${text.replace(UNFIT, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** Text for a Graphviz HTML-like label. */
const html = (text: string): string =>
  text.replace(UNFIT, ' ').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const FONT = FONT_FAMILY.split(',')[0].trim();
const inch = (v: number): string => String(Math.round((v / 72) * 100) / 100);

function statementNode(s: Statement, name: string): string {
  const { box, text } = KIND_STYLES[s.kind];
  const { caption, lines } = getNodeText(s);
  // Graphviz refuses an empty <B></B> (a blank line in the text).
  const wrap = (t: string): string => (!t.trim() ? t : text.bold ? `<B>${t}</B>` : text.italic ? `<I>${t}</I>` : t);
  const head = caption ? `<FONT POINT-SIZE="${CAPTION_STYLE.size}" COLOR="${CAPTION_STYLE.color}"><B>${html(caption)}</B></FONT><BR/>` : '';
  const label = `<${head}${lines.map((l) => wrap(html(l))).join('<BR/>')}>`;
  const style = [box.radius > 0 ? 'rounded' : '', 'filled', box.dash.length ? (box.dash[0] < 2 ? 'dotted' : 'dashed') : ''].filter(Boolean).join(',');
  const attrs = [`id=${dotString(s.id)}`, `label=${label}`, `style="${style}"`, `color="${box.stroke}"`, `fillcolor="${box.fill}"`];
  attrs.push(`penwidth=${box.strokeWidth}`, `fontcolor="${text.color}"`, `fontsize=${text.size}`);
  return `  ${name} [${attrs.join(', ')}];`;
}

function edgeAttrs(role: EdgeRole, withHead: boolean): string {
  const { line, head } = EDGE_STYLES[role];
  const style = line.dash.length ? (line.cap === 'round' ? 'dotted' : 'dashed') : 'solid';
  const arrow = withHead ? (head === 'triangle' ? 'normal' : 'tee') : 'none';
  return `style=${style}, penwidth=${line.width}, arrowhead=${arrow}`;
}

/** A boxed row of line samples, chained left to right by invisible edges within one rank. */
function legend(map: ArgumentMap): string[] {
  const roles = new Set(map.inferences.map((i) => edgeRole(map, i)));
  const used = RELATION_KINDS.filter((r) => roles.size === 0 || roles.has(r));
  const out = ['  subgraph cluster_legend {', `    label="Legend"; fontsize=${LEGEND_STYLE.size}; color="#999999"; penwidth=0.6; style=rounded;`];
  const chain: string[] = [];
  used.forEach((r, i) => {
    out.push(`    legend_from_${i} [shape=point, style=invis, width=0.01];`);
    out.push(`    legend_to_${i} [shape=plaintext, label=${dotString(EDGE_STYLES[r].label)}, fontsize=${LEGEND_STYLE.size}, height=0.2, margin="0.06,0"];`);
    if (i > 0) chain.push(`legend_to_${i - 1} -> legend_from_${i} [style=invis];`);
    chain.push(`legend_from_${i} -> legend_to_${i} [${edgeAttrs(r, true)}];`);
  });
  out.push(`    { rank=same; ${chain.join(' ')} }`, '  }');
  return out;
}

/** The DOT source of a map's figure. */
export function mapToDot(map: ArgumentMap, options: { readonly legend?: boolean } = {}): string {
  const names = new Map<string, string>();
  map.statements.forEach((s, i) => names.set(s.id, `s${i + 1}`));
  map.inferences.filter((inf) => hasJunction(map, inf.id)).forEach((inf, i) => names.set(inf.id, `j${i + 1}`));
  const out = [
    `// ${map.title.replace(UNFIT, ' ')} -- argument map exported by Warrant. Render with: dot -Tsvg`,
    `digraph ${dotString(map.title || 'argument map')} {`,
    `  graph [rankdir=${map.direction === 'LR' ? 'RL' : 'BT'}, nodesep=0.35, ranksep=0.45, fontname="${FONT}"];`,
    `  node [shape=box, fontname="${FONT}", width=${inch(SIZES.nodeWidth)}, margin="0.1,0.06"];`,
    `  edge [color="${EDGE_STYLES.support.line.stroke}", arrowsize=0.8];`,
    ...map.statements.map((s) => statementNode(s, names.get(s.id)!)),
  ];
  for (const inf of map.inferences) {
    const j = hasJunction(map, inf.id) ? names.get(inf.id)! : null;
    if (j) out.push(`  ${j} [shape=point, width=0.08, id=${dotString(toJunctionId(inf.id))}];`);
  }
  for (const inf of map.inferences) {
    const role = edgeRole(map, inf);
    const target = names.get(inf.target)!;
    const j = hasJunction(map, inf.id) ? names.get(inf.id)! : null;
    for (const p of inf.premises) out.push(`  ${names.get(p)} -> ${j ?? target} [${edgeAttrs(role, !j)}];`);
    if (j) out.push(`  ${j} -> ${target} [${edgeAttrs(role, true)}];`);
  }
  if (options.legend) out.push(...legend(map));
  out.push('}', '');
  return out.join('\n');
}

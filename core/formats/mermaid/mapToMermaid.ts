import { hasJunction } from '../../layout/layoutGraph';
import type { ArgumentMap, Statement, StatementKind } from '../../model/types';
import { STATEMENT_KINDS } from '../../model/types';
import { RELATION_KINDS } from '../../model/relations';
import { edgeRole } from '../../render/edges';
import { getNodeText } from '../../render/nodeText';
import { EDGE_STYLES, type EdgeRole, INK, KIND_STYLES } from '../../render/style';

/**
 * A Mermaid flowchart in the figures' visual language. Mermaid has no left-pointing
 * arrows, so the chart runs bottom-to-top (BT; RL for left-right maps): premises point
 * up to the conclusions above them, as in every other figure format.
 */

const ENTITIES: Record<string, string> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;', '%': '#37;' };

/**
 * Text inside a quoted Mermaid label: quotes, brackets and entity starters become #entities;,
 * and so does `%` — Mermaid obeys a `%%{init: …}%%` directive wherever it stands in the text.
 */
export const mermaidText = (text: string): string => text.replace(/[\u0000-\u001f]/g, ' ').replace(/["#<>&`%]/g, (c) => ENTITIES[c]);

/** The title in the first line's comment: one line, and never `%%` (a directive could start there). */
const commentText = (text: string): string => text.replace(/[\u0000-\u001f\u2028\u2029]+/g, ' ').replace(/%+/g, '%');

const SHAPES: Record<StatementKind, [string, string]> = {
  thesis: ['("', '")'], claim: ['("', '")'], evidence: ['["', '"]'], assumption: ['("', '")'], question: ['(["', '"])'], note: ['("', '")'],
};

function statementNode(s: Statement, name: string): string {
  // Mermaid wraps long labels itself; breaking lines here too would wrap them twice.
  const { caption } = getNodeText(s);
  const paragraphs = s.text.split(/\r?\n/).map((p) => mermaidText(p.trim()));
  const label = [...(caption ? [`<small>${mermaidText(caption)}</small>`] : []), ...paragraphs].join('<br/>');
  const [open, close] = SHAPES[s.kind];
  return `  ${name}${open}${label}${close}:::${s.kind}`;
}

function classDef(kind: StatementKind): string {
  const { box, text } = KIND_STYLES[kind];
  const props = [`fill:${box.fill}`, `stroke:${box.stroke}`, `stroke-width:${box.strokeWidth}px`, `color:${text.color}`];
  if (box.dash.length) props.push(`stroke-dasharray:${box.dash.join(' ')}`);
  if (text.bold) props.push('font-weight:bold');
  if (text.italic) props.push('font-style:italic');
  return `  classDef ${kind} ${props.join(',')}`;
}

const ARROWS: Record<EdgeRole, { head: string; leg: string }> = {
  support: { head: '-->', leg: '---' },
  attack: { head: '-.-x', leg: '-.-' },
  undercut: { head: '-.-x', leg: '-.-' },
};

/** Numbers links in the order written, remembering the undercuts (restyled as dotted by index). */
function createLinks() {
  let count = 0;
  const undercuts: number[] = [];
  const line = (from: string, to: string, role: EdgeRole, head: boolean, label = ''): string => {
    if (role === 'undercut') undercuts.push(count);
    count++;
    const arrow = head ? ARROWS[role].head : ARROWS[role].leg;
    return `${from} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${to}`;
  };
  return { line, undercuts };
}
type Links = ReturnType<typeof createLinks>;

function legend(map: ArgumentMap, links: Links): string[] {
  const roles = new Set(map.inferences.map((i) => edgeRole(map, i)));
  const used = RELATION_KINDS.filter((r) => roles.size === 0 || roles.has(r));
  const out = ['  subgraph legend ["Legend"]', '    direction LR'];
  used.forEach((r, i) => {
    out.push(`    legend_from_${i}@{ shape: sm-circ }`, `    legend_to_${i}@{ shape: sm-circ }`);
    out.push(`    ${links.line(`legend_from_${i}`, `legend_to_${i}`, r, true, EDGE_STYLES[r].label)}`);
  });
  out.push('  end', '  style legend fill:#ffffff,stroke:#999999');
  return out;
}

/** The Mermaid source of a map's figure. */
export function mapToMermaid(map: ArgumentMap, options: { readonly legend?: boolean } = {}): string {
  const names = new Map<string, string>();
  map.statements.forEach((s, i) => names.set(s.id, `s${i + 1}`));
  map.inferences.filter((inf) => hasJunction(map, inf.id)).forEach((inf, i) => names.set(inf.id, `j${i + 1}`));
  const out = [`%% ${commentText(map.title)} -- argument map exported by Warrant`, `flowchart ${map.direction === 'LR' ? 'RL' : 'BT'}`];
  out.push(...map.statements.map((s) => statementNode(s, names.get(s.id)!)));
  const junctions = map.inferences.filter((inf) => hasJunction(map, inf.id)).map((inf) => names.get(inf.id)!);
  out.push(...junctions.map((j) => `  ${j}@{ shape: f-circ }`));
  const links = createLinks();
  for (const inf of map.inferences) {
    const role = edgeRole(map, inf);
    const target = names.get(inf.target)!;
    const j = hasJunction(map, inf.id) ? names.get(inf.id)! : null;
    for (const p of inf.premises) out.push(`  ${links.line(names.get(p)!, j ?? target, role, !j)}`);
    if (j) out.push(`  ${links.line(j, target, role, true)}`);
  }
  if (options.legend) out.push(...legend(map, links));
  out.push(...STATEMENT_KINDS.map(classDef), `  classDef junction fill:${INK},stroke:${INK}`);
  if (junctions.length) out.push(`  class ${junctions.join(',')} junction`);
  if (links.undercuts.length) out.push(`  linkStyle ${links.undercuts.join(',')} stroke-dasharray:1 4,stroke-width:2px`);
  out.push('');
  return out.join('\n');
}

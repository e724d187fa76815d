import type { ArgumentMap, Id, Inference, Statement } from '../../model/types';
import { toJunctionId } from '../../model/ids';
import { getRelations } from '../../model/relations';

/**
 * A pro/contra outline of a map for papers and notes, read from the thesis down:
 *
 *   - **Thesis:** Cities should replace parking with bike lanes. `#policy`
 *     - ✔ **Pro**: Protected lanes cut injuries.
 *       - ✘ **Con**, objects to the inference: The injury data are not comparable.
 *     - ✔ **Pro**, linked premises (together):
 *       - Vision Zero treats deaths as preventable.
 *       - *(assumption)* Residents will switch to cycling.
 *     - ✘ **Con**: Shops depend on drivers.
 *
 * A statement met again is printed with "(see above)" instead of its branch (that also
 * ends cycles); statements no root reaches are outlined in a last section.
 */

const SPECIAL = /[\\`*_[\]<>|~&$#]/g;
// NUL and the other control characters: no reader wants them, and some tools stop at them.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Text as inline Markdown: one line (a blank line would end the list item and let what follows
 * be read as raw HTML or a link), control characters dropped, and punctuation that Markdown (or
 * math) would interpret escaped — so no `<tag>`, `[link](javascript:…)` or `<autolink>` survives.
 */
export const markdownText = (text: string): string => text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim().replace(SPECIAL, (c) => `\\${c}`);

/** A tag as a one-line code span (inside one, nothing is markup). */
const codeTag = (tag: string): string => ` \`#${tag.replace(CONTROLS, '').replace(/\s+/g, ' ').trim().replace(/`/g, "'")}\``;

const excerpt = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/**
 * The outline's writer for one map: `statement` prints a statement and, the first time, its
 * branch (pros, then cons, then undercuts of each step) into `lines`; `printed` is what it wrote.
 */
function createOutliner(map: ArgumentMap) {
  const lines: string[] = [];
  const printed = new Set<Id>();
  const relations = getRelations(map);
  const byId = relations.statements;

  const statementText = (s: Statement, marker: string): string => {
    const kind = s.kind === 'claim' || (s.kind === 'thesis' && marker === '') ? '' : `*(${s.kind})* `;
    const tags = s.tags.map(codeTag).join('');
    return `${kind}${markdownText(s.text) || '*(empty statement)*'}${tags}`;
  };

  /** Prints a statement after `marker` (e.g. "✔ **Pro**:") and, the first time, its branch. */
  const statement = (id: Id, depth: number, marker: string): void => {
    const s = byId.get(id);
    if (!s) return;
    const indent = '  '.repeat(depth);
    const lead = marker ? `${marker} ` : s.kind === 'thesis' ? '**Thesis:** ' : '';
    const repeated = printed.has(id);
    const hasBranch = relations.into(id).length > 0;
    lines.push(`${indent}- ${lead}${statementText(s, marker)}${repeated && hasBranch ? ' *(see above)*' : ''}`);
    if (repeated) return;
    printed.add(id);
    reasons(id, depth + 1);
  };

  /** The inferences for and against a statement or an inference, pros first. */
  const reasons = (target: Id, depth: number): void => {
    const incoming = relations.into(target);
    const ordered = [...incoming.filter((i) => i.polarity === 'support'), ...incoming.filter((i) => i.polarity === 'attack')];
    for (const inf of ordered) inference(inf, depth);
  };

  const inference = (inf: Inference, depth: number): void => {
    const undercut = relations.kind(inf) === 'undercut';
    const word = inf.polarity === 'support' ? '✔ **Pro**' : '✘ **Con**';
    const title = inf.label ? ` “${markdownText(inf.label)}”` : '';
    const about = undercut ? `, objects to the inference ${inferenceName(inf.target)}` : '';
    if (inf.premises.length === 1) {
      statement(inf.premises[0], depth, `${word}${title}${about}:`);
      objections(inf, depth + 1);
      return;
    }
    lines.push(`${'  '.repeat(depth)}- ${word}${title}${about}, linked premises (together):`);
    for (const p of inf.premises) statement(p, depth + 1, '');
    objections(inf, depth + 1);
  };

  /** Undercuts of an inference, once. */
  const objections = (inf: Inference, depth: number): void => {
    const key = toJunctionId(inf.id);
    if (printed.has(key)) return;
    printed.add(key);
    reasons(inf.id, depth);
  };

  /** How an undercut names the inference it objects to. */
  const inferenceName = (id: Id): string => {
    const inf = relations.inferences.get(id);
    if (!inf) return '';
    if (inf.label) return `“${markdownText(inf.label)}”`;
    const from = inf.premises.map((p) => `“${markdownText(excerpt(byId.get(p)?.text ?? p))}”`).join(' + ');
    const to = byId.get(inf.target);
    return to ? `from ${from} to “${markdownText(excerpt(to.text))}”` : `from ${from}`;
  };

  return { lines, printed, statement };
}

/** Where the outline starts: the theses, else the statements that are no inference's premise. */
export function getOutlineRoots(map: ArgumentMap): Id[] {
  const theses = map.statements.filter((s) => s.kind === 'thesis');
  if (theses.length) return theses.map((s) => s.id);
  const relations = getRelations(map);
  return map.statements.filter((s) => relations.outOf(s.id).length === 0).map((s) => s.id);
}

/** The Markdown outline of a map. */
export function mapToMarkdown(map: ArgumentMap): string {
  const o = createOutliner(map);
  for (const id of getOutlineRoots(map)) o.statement(id, 0, '');
  const main = o.lines.splice(0);
  // Leftovers: start from statements no one uses as a premise, then from anything left (cycles).
  const relations = getRelations(map);
  const rest = [...map.statements.filter((s) => relations.outOf(s.id).length === 0), ...map.statements];
  for (const s of rest) if (!o.printed.has(s.id)) o.statement(s.id, 0, '');
  const out = [`# ${markdownText(map.title) || 'Argument map'}`, ''];
  if (map.description.trim()) out.push(markdownText(map.description), '');
  if (main.length) out.push(...main, '');
  const heading = map.statements.some((s) => s.kind === 'thesis') ? 'Not connected to the thesis' : 'Not reached from the outline above';
  if (o.lines.length) out.push(main.length ? `## ${heading}` : '## Statements', '', ...o.lines, '');
  if (!map.statements.length) out.push('*(This map has no statements yet.)*', '');
  return out.join('\n');
}

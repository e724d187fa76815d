/**
 * Warrant map → Argdown.
 *
 * Statements become `[id]: text #tag {kind: "thesis"}` (ids as titles, so they survive a round trip).
 * A plain single-premise support or attack becomes a relation between statements:
 *   [r1]
 *     +> [t]
 * Every other inference (linked premises, a label or scheme, the target of an undercut) becomes an
 * argument `<id>` with a premise–conclusion structure. Argdown arguments conclude in a statement, so
 * an attacking argument concludes in an extra statement marked `{warrant: "attack-conclusion"}` that
 * attacks (`->`) or undercuts (`_>`) the target; the importer folds it back into one attack.
 */
import type { ArgumentMap, Inference, InferenceId, Statement } from '../../model/types';
import { getRelations } from '../../model/relations';
import { CARRY_KEY, frontMatter, inferenceCarry, statementCarry } from './carry';
import { splitHeadingTags, writeSections } from './sections';
import { escapeText, formatData, formatTag } from './syntax';
import { getScheme } from '../../schemes/catalogue';

export const ATTACK_CONCLUSION = 'attack-conclusion';

/** The title of the extra conclusion of an attacking argument: contains a space, so it is never a statement id. */
export const attackConclusionTitle = (inferenceId: string): string => `${inferenceId} conclusion`;

interface TagParts {
  /** `#tag` / `#(tag text)`. */
  readonly written: readonly string[];
  /** Tags Argdown cannot write as such: listed in the data. */
  readonly loose: readonly string[];
  /** All tags in the order the importer reads them: written, listed in data, then the headings. */
  readonly back: readonly string[];
}

function tagParts(ownTags: readonly string[], path: readonly string[]): TagParts {
  const tags = ownTags.map((t) => [t, formatTag(t)] as const);
  const written = tags.filter(([, f]) => f !== undefined);
  const loose = tags.filter(([, f]) => f === undefined).map(([t]) => t);
  return { written: written.map(([, f]) => f!), loose, back: [...new Set([...written.map(([t]) => t), ...loose, ...path])] };
}

function statementLine(s: Statement, ownTags: readonly string[], path: readonly string[], carry: boolean): string {
  const tags = ownTags.map((t) => [t, formatTag(t)] as const);
  const loose = tags.filter(([, f]) => f === undefined).map(([t]) => t);
  const tagsBack = tagParts(ownTags, path).back;
  const data = formatData({
    kind: s.kind === 'claim' ? undefined : s.kind,
    color: s.color,
    tags: loose.length ? loose : undefined,
    // Without text the line is a reference, which takes no section unless it says so.
    isInGroup: path.length && !s.text.trim() ? true : undefined,
    [CARRY_KEY]: carry ? statementCarry(s, tagsBack) : undefined,
  });
  const text = escapeText(s.text);
  const head = text ? `[${s.id}]: ${text}` : `[${s.id}]`;
  return [head, ...tags.map(([, f]) => f).filter(Boolean), data].filter(Boolean).join(' ');
}

/** The id the importer gives a relation (relations.ts), so a plain relation keeps its inference's id. */
const relationId = (inf: Inference, undercut: boolean) =>
  `${inf.premises[0]}-${inf.polarity === 'support' ? 'supports' : undercut ? 'undercuts' : 'attacks'}-${inf.target}`;

/** Which inferences need an argument of their own (the rest are written as relations). */
function argumentIds(map: ArgumentMap, carry: boolean): Set<string> {
  const relations = getRelations(map);
  const written = new Set<string>();
  const ids = new Set<string>();
  for (const inf of map.inferences) {
    // Carrying, an inference whose id a relation would not give back, or with a critical question it answers, is written as an argument.
    const keeps = !carry || (!inf.answers && inf.id === relationId(inf, relations.kind(inf) === 'undercut'));
    const plain = keeps && inf.premises.length === 1 && !inf.label && !inf.scheme && !inf.tags?.length && relations.undercutsOf(inf.id).length === 0;
    // Argdown merges two equal relations, so a repeated one gets an argument.
    const key = `${inf.premises[0]} ${inf.polarity} ${inf.target}`;
    if (plain && !written.has(key)) written.add(key);
    else ids.add(inf.id);
  }
  return ids;
}

/** `----`, `-- Free rule name --`, or for a catalogue scheme `-- Argument from analogy {scheme: "analogy"} --`. */
function inferenceLine(scheme: string | undefined): string {
  if (!scheme) return '----';
  const known = getScheme(scheme);
  return known ? `-- ${escapeText(known.name, ',-')} ${formatData({ scheme: known.id })} --` : `-- ${escapeText(scheme, ',-')} --`;
}

/** `<id>: label` with the `<_` lines of its plain undercuts, then its premise–conclusion structure. */
function argumentBlock(inf: Inference, target: Statement | undefined, undercuts: readonly Inference[], own: TagParts, carry: boolean): string[] {
  const label = escapeText(inf.label ?? '');
  const data = formatData({ tags: own.loose.length ? own.loose : undefined, [CARRY_KEY]: carry ? inferenceCarry(inf, own.back) : undefined });
  const title = [label ? `<${inf.id}>: ${label}` : `<${inf.id}>`, ...own.written, data].filter(Boolean).join(' ');
  const head = [title, ...undercuts.map((u) => `  <_ [${u.premises[0]}]`)];
  const pcs = inf.premises.map((p, n) => `(${n + 1}) [${p}]`);
  pcs.push(inferenceLine(inf.scheme));
  const n = inf.premises.length + 1;
  if (inf.polarity === 'support' && target) pcs.push(`(${n}) [${inf.target}]`);
  else {
    const text = target ? `Not: ${target.text}` : `The inference ${inf.target} does not hold.`;
    const data = formatData({ warrant: ATTACK_CONCLUSION });
    pcs.push(`(${n}) [${attackConclusionTitle(inf.id)}]: ${escapeText(text) || 'Not.'} ${data}`);
    pcs.push(target ? `  -> [${inf.target}]` : `  _> <${inf.target}>`);
  }
  return [head.join('\n'), pcs.join('\n')];
}

export interface ArgdownExportOptions {
  /** Carry what Argdown has no syntax for in `{warrant: …}` data (carry.ts), so Warrant reads the whole map back. */
  readonly carry?: boolean;
}

/** The whole map as an Argdown document (blocks separated by empty lines). */
export function exportArgdown(map: ArgumentMap, { carry = false }: ArgdownExportOptions = {}): string {
  const blocks: string[] = [];
  const carried = carry ? frontMatter(map) : '';
  if (carried) blocks.push(carried);
  const title = escapeText(map.title);
  if (title) blocks.push(['#', title, formatData({ description: map.description || undefined })].filter(Boolean).join(' '));
  const sectioned: { path: readonly string[]; blocks: string[] }[] = [];
  for (const s of map.statements) {
    const { path, rest } = splitHeadingTags(s.tags);
    sectioned.push({ path, blocks: [statementLine(s, rest, path, carry)] });
  }
  const root: string[] = [];
  const asArgument = argumentIds(map, carry);
  const { kind, undercutsOf, statements: byId } = getRelations(map);
  const relations = new Map<string, string[]>();
  for (const inf of map.inferences) {
    if (asArgument.has(inf.id) || kind(inf) === 'undercut') continue;
    const lines = relations.get(inf.premises[0]) ?? [];
    lines.push(`  ${inf.polarity === 'support' ? '+>' : '->'} [${inf.target}]`);
    relations.set(inf.premises[0], lines);
  }
  for (const [premise, lines] of relations) root.push([`[${premise}]`, ...lines].join('\n'));
  const plainUndercuts = (id: InferenceId) => undercutsOf(id).filter((u) => !asArgument.has(u.id));
  for (const inf of map.inferences) {
    if (!asArgument.has(inf.id)) continue;
    const { path, rest } = splitHeadingTags(inf.tags ?? []);
    const block = argumentBlock(inf, byId.get(inf.target), plainUndercuts(inf.id), tagParts(rest, path), carry);
    if (path.length) sectioned.push({ path, blocks: block });
    else root.push(...block);
  }
  // Statements outside any section first, with the relations and arguments; then the sections.
  const [outside, inside] = [sectioned.filter((x) => !x.path.length), sectioned.filter((x) => x.path.length)];
  blocks.push(...writeSections([...outside, { path: [], blocks: root }, ...inside]));
  return `${blocks.join('\n\n')}\n`;
}

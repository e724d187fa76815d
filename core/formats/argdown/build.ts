/**
 * ArgdownDocument → Warrant map.
 * - statements keep their titles as ids when the title is a valid id (else a slug of it or of the text);
 *   `{kind: …}`, `{color: …}` and `{tags: […]}` data and `#tags` are kept;
 * - an argument with a premise–conclusion structure becomes one inference per step (the last step
 *   carries the argument's id, label and rules as scheme); an argument without one becomes a
 *   statement holding its description, so relations to and from it survive;
 * - each relation becomes a single-premise inference; an undercut targets an inference step;
 * - an attacking argument written by the exporter (conclusion marked `{warrant: "attack-conclusion"}`)
 *   folds back into one attack inference.
 */
import { type ArgumentMap, type Inference, type InferenceId, type NodeId, type Statement, type StatementId, STATEMENT_KINDS, createEmptyMap } from '../../model/types';
import { formatIssues, validateMap } from '../../model/validate';
import { asInferenceId, asStatementId } from '../../model/ids';
import { type ImportResult, ImportError } from '../format';
import { type ArgdownDocument, type ArgumentEntry, type NodeRef, canonicalMember } from './document';
import { ATTACK_CONCLUSION } from './export';
import { createIdAllocator, isValidId } from './ids';
import type { Element } from './inline';
import { addRelations } from './relations';
import { carriedOf, isFields, withInferenceCarry, withMapCarry, withStatementCarry } from './carry';
import { sectionOf } from './sections';
import { normalizeRelations } from './transform';

/** What the occurrences say together: data merged, tags (written, in data, then the headings around the section). */
type Fields = Record<string, unknown>;

function merged(members: readonly Element[], section = sectionOf(members)) {
  const data = Object.assign({}, ...members.map((m) => m.data ?? {})) as Record<string, unknown>;
  const listed = Array.isArray(data.tags) ? data.tags.filter((t) => typeof t === 'string') : [];
  const tags = [...new Set([...members.flatMap((m) => m.tags), ...listed, ...(section ?? [])])];
  const kind = STATEMENT_KINDS.find((k) => k === data.kind) ?? 'claim';
  return { data, fields: { tags, kind, ...(typeof data.color === 'string' && { color: data.color }) } };
}

/** Data keys that Warrant reads; any other key of an element's data has no place in a map. */
const READ_KEYS = new Set(['kind', 'tags', 'color', 'warrant', 'isInGroup']);

/** A note naming the data keys left out, with how many statements and arguments had each, or undefined. */
function leftOutData(elements: ReadonlyMap<string, readonly Element[]>, what: string): string | undefined {
  const counts = new Map<string, number>();
  for (const members of elements.values()) {
    for (const key of new Set(members.flatMap((m) => Object.keys(m.data ?? {})))) if (!READ_KEYS.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (!counts.size) return undefined;
  return `data Warrant has no place for was left out on ${what}: ${[...counts].map(([key, n]) => `${key} (${n})`).join(', ')}`;
}

export function buildMap(doc: ArgdownDocument): ImportResult {
  const notes: string[] = [...doc.notes];
  for (const note of [leftOutData(doc.statements, 'statements'), leftOutData(new Map([...doc.arguments].map(([t, a]) => [t, a.members])), 'arguments')]) if (note) notes.push(note);
  const allocate = createIdAllocator();
  const relations = normalizeRelations(doc);
  const statements: Statement[] = [];
  const statementIds = new Map<string, StatementId>();
  const gistIds = new Map<string, StatementId>();
  const stepIds = new Map<string, InferenceId>();
  const inferences: Inference[] = [];
  const carriedStatements = new Map<string, Record<string, unknown> | undefined>();
  const carriedInferences = new Map<string, Record<string, unknown> | undefined>();
  const stepKey = (argument: string, conclusion: number) => `${argument}\u0000${conclusion}`;

  // Attack conclusions written by the exporter: used once, as a main conclusion, with one outgoing attack or undercut.
  const uses = (title: string) =>
    relations.filter((r) => [r.from, r.to].some((n) => n.kind === 'statement' && n.title === title)).length +
    [...doc.arguments.values()].reduce((n, a) => n + (a.pcs?.titles.filter((t) => t === title).length ?? 0), 0);
  const folded = new Map<string, NodeRef>();
  for (const [title, entry] of doc.arguments) {
    const conclusion = entry.pcs?.titles.at(-1);
    if (conclusion === undefined || merged(doc.statements.get(conclusion) ?? []).data.warrant !== ATTACK_CONCLUSION) continue;
    const out = relations.find((r) => r.from.kind === 'statement' && r.from.title === conclusion);
    if (out && out.type !== 'support' && out.type !== 'contradictory' && uses(conclusion) === 2) folded.set(title, out.to);
  }
  const foldedConclusions = new Set([...folded.keys()].map((a) => doc.arguments.get(a)!.pcs!.titles.at(-1)!));

  for (const [title, members] of doc.statements) {
    if (foldedConclusions.has(title)) continue;
    const text = canonicalMember(members)?.text ?? '';
    const id = asStatementId(allocate(title.startsWith('Untitled ') && !isValidId(title) ? text || title : title, 'statement'));
    statementIds.set(title, id);
    const { data, fields } = merged(members);
    statements.push({ id, text, anchors: [], ...fields });
    carriedStatements.set(id, carriedOf(data));
  }
  const gists = [...doc.arguments].filter(([, a]) => !a.pcs);
  for (const [title, entry] of gists) {
    const id = asStatementId(allocate(title, 'argument'));
    gistIds.set(title, id);
    statements.push({ id, text: canonicalMember(entry.members)?.text || title, anchors: [], ...merged(entry.members).fields });
  }
  if (gists.length) notes.push(`${gists.length} argument(s) without a premise–conclusion structure became statements: ${gists.slice(0, 5).map(([t]) => `<${t}>`).join(', ')}`);

  const dropped = [...doc.arguments].filter(([t, a]) => a.pcs && !isValidId(t) && canonicalMember(a.members)?.text).map(([t]) => `<${t}>`);
  if (dropped.length) notes.push(`the title became the label and the description was left out for ${dropped.length} argument(s): ${dropped.slice(0, 5).join(', ')}`);
  for (const [title, entry] of doc.arguments) {
    if (!entry.pcs) continue;
    const id = allocate(title, 'argument');
    entry.pcs.steps.forEach((step, n, steps) => {
      const last = n === steps.length - 1;
      stepIds.set(stepKey(title, step.conclusion), asInferenceId(last ? id : allocate(`${id}.${n + 1}`)));
    });
  }
  // A statement or argument names a statement (an argument's conclusion) unless an inference is asked for; an
  // inference step (only ever an undercut's target, ./transform.ts) is no statement, so it names none as a source.
  function resolve(ref: NodeRef, as: 'source' | 'statement'): StatementId | undefined;
  function resolve(ref: NodeRef, as: 'source' | 'statement' | 'inference'): NodeId | undefined;
  function resolve(ref: NodeRef, as: 'source' | 'statement' | 'inference'): NodeId | undefined {
    if (ref.kind === 'statement') return statementIds.get(ref.title);
    if (ref.kind === 'inference') return as === 'inference' ? stepIds.get(stepKey(ref.argument, ref.conclusion)) : undefined;
    const pcs = doc.arguments.get(ref.title)?.pcs;
    if (!pcs) return gistIds.get(ref.title);
    return as === 'inference' ? stepIds.get(stepKey(ref.title, pcs.titles.length - 1)) : statementIds.get(pcs.titles.at(-1)!);
  }
  // An argument's tags (#pro, data, its section) go to the inference that carries its id; Argdown places it where its pcs stands.
  const tagsOf = (entry: ArgumentEntry) => {
    const { tags } = merged(entry.members, entry.pcs?.section ?? sectionOf(entry.members)).fields;
    return tags.length ? tags : undefined;
  };
  for (const [title, entry] of doc.arguments) {
    if (!entry.pcs) continue;
    const pcs = entry.pcs;
    pcs.steps.forEach((step, n) => {
      const last = n === pcs.steps.length - 1;
      const fold = last ? folded.get(title) : undefined;
      const target = fold ? resolve(fold, fold.kind === 'statement' ? 'statement' : 'inference') : statementIds.get(pcs.titles[step.conclusion]);
      const premises = [...new Set(step.premises.map((p) => statementIds.get(pcs.titles[p])!))];
      const label = last && (isValidId(title) ? canonicalMember(entry.members)?.text || undefined : title);
      if (last) carriedInferences.set(stepIds.get(stepKey(title, step.conclusion))!, carriedOf(merged(entry.members).data));
      inferences.push({
        id: stepIds.get(stepKey(title, step.conclusion))!,
        premises,
        target: target!,
        polarity: fold ? 'attack' : 'support',
        ...(label && { label }),
        ...(last && tagsOf(entry) && { tags: tagsOf(entry) }),
        ...(step.scheme ? { scheme: step.scheme } : step.rules.length && { scheme: step.rules.join(', ') }),
      });
    });
  }
  const isReconstructed = (ref: NodeRef) => ref.kind === 'argument' && !!doc.arguments.get(ref.title)?.pcs;
  const rest = relations.filter((r) => !(r.from.kind === 'statement' && foldedConclusions.has(r.from.title)));
  addRelations(rest, resolve, isReconstructed, inferences, allocate, notes);
  const map: ArgumentMap = { ...createEmptyMap(doc.title ?? 'Imported Argdown'), description: doc.description ?? '', statements, inferences };
  const result = validateMap(map);
  if (!result.ok) throw new ImportError(formatIssues(result.issues));
  const carried = withCarried(result.map, doc, carriedStatements, carriedInferences);
  if (!carried) return { map: result.map, notes };
  const whole = validateMap(carried);
  if (whole.ok) return { map: whole.map, notes };
  return { map: result.map, notes: [...notes, `the Warrant data in this file does not make a valid map (${formatIssues(whole.issues).slice(0, 200)}), so the Argdown alone was read`] };
}

/** The map with what the file's `{warrant: …}` data carries (carry.ts), or undefined when it carries nothing. */
function withCarried(map: ArgumentMap, doc: ArgdownDocument, statements: ReadonlyMap<string, Fields | undefined>, inferences: ReadonlyMap<string, Fields | undefined>): ArgumentMap | undefined {
  const own = carriedOf(doc.frontMatter);
  if (!own && ![...statements.values(), ...inferences.values()].some(Boolean)) return undefined;
  const sources = new Map((Array.isArray(own?.sources) ? own.sources : []).flatMap((s) => (isFields(s) && typeof s.id === 'string' && typeof s.text === 'string' ? [[s.id, s.text] as const] : [])));
  return withMapCarry(
    {
      ...map,
      statements: map.statements.map((s) => withStatementCarry(s, statements.get(s.id), sources)),
      inferences: map.inferences.map((i) => withInferenceCarry(i, inferences.get(i.id))),
    },
    own,
  );
}

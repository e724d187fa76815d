/**
 * AIF JSON → Warrant map.
 * - I-nodes become statements; ids like "12" become "aif-12", readable string ids are kept;
 * - RA-nodes become support inferences, CA-nodes attacks (a CA-node aimed at an RA- or CA-node is
 *   an undercut); non-default scheme names are kept in `scheme` (a catalogue scheme's AIF name, such as
 *   `Expert Opinion`, becomes its id, `expert-opinion`);
 * - MA-nodes (rephrase) become support inferences with the scheme "rephrase", with a note (the
 *   export writes them back as MA-nodes); AIFdb's default names ("Default Inference", "Default
 *   Conflict", "Default Rephrase") are not kept as schemes;
 * - an S-node with two conclusions becomes one inference per conclusion, and a CA-node aimed at
 *   it undercuts each of them;
 * - PA-nodes (preference) have no Warrant counterpart: each is skipped with a note naming it;
 * - dialogue nodes (L, YA, TA) and their edges are skipped with one note; an edge joining two
 *   I-nodes directly is read as support, with a note;
 * - Warrant's own fields (`warrant` keys, ./warrantFields.ts: kinds, tags, labels, anchors,
 *   comments, the title…) are read back; when they do not make a valid map, the AIF graph alone is
 *   read, with a note.
 */
import { type Inference, type InferenceId, type NodeId, type Statement, type StatementId, createEmptyMap } from '../../model/types';
import { asInferenceId, asStatementId } from '../../model/ids';
import { type ValidationResult, formatIssues, validateMap } from '../../model/validate';
import { createIdAllocator } from '../argdown/ids';
import { type ImportResult, ImportError } from '../format';
import { REPHRASE, readScheme } from './schemes';
import { type AifGraph, SCHEME_TYPES, readAif } from './read';
import { localIdOf, readId, readInferenceFields, readMapFields, readStatementFields } from './warrantFields';

const DIALOGUE = new Set(['L', 'YA', 'TA']);
const quoteText = (t: string) => `"${t.length > 50 ? `${t.slice(0, 47)}…` : t}"`;

export function importAif(text: string): ImportResult {
  const g = readAif(text);
  const read = buildMap(g, true);
  if (read.result.ok) return { map: read.result.map, notes: read.notes };
  const hasFields = g.warrant !== undefined || [...g.nodes.values()].some((n) => n.warrant !== undefined);
  const plain = hasFields ? buildMap(g, false) : read;
  if (!plain.result.ok) throw new ImportError(formatIssues(plain.result.issues));
  return { map: plain.result.map, notes: [...plain.notes, `the file's Warrant fields do not make a valid map (${formatIssues(read.result.issues, 2)}); read the AIF graph alone`] };
}

/** The map an AIF graph makes, with (`withFields`) or without Warrant's own fields, checked, and the importer's notes. */
function buildMap(g: AifGraph, withFields: boolean): { result: ValidationResult; notes: string[] } {
  const fields = (v: unknown) => (withFields ? v : undefined);
  const notes: string[] = [];
  const allocate = createIdAllocator();
  const localId = (raw: string) => allocate(readId(fields(g.nodes.get(raw)!.warrant)) ?? localIdOf(raw), 'aif-node');
  const typeOf = (id: string) => g.nodes.get(id)!.type;

  const dialogue = [...g.nodes.values()].filter((n) => DIALOGUE.has(n.type)).length;
  const unknown = new Map<string, number>();
  for (const n of g.nodes.values()) if (!DIALOGUE.has(n.type) && !['I', 'RA', 'CA', 'MA', 'PA'].includes(n.type)) unknown.set(n.type, (unknown.get(n.type) ?? 0) + 1);
  if (dialogue) notes.push(`skipped ${dialogue} dialogue nodes (L, YA, TA)`);
  for (const [type, n] of unknown) notes.push(`skipped ${n} node(s) of unknown type ${type}`);

  const statements: Statement[] = [];
  const statementIds = new Map<string, StatementId>();
  for (const [raw, n] of g.nodes) {
    if (n.type !== 'I') continue;
    const id = asStatementId(localId(raw));
    statementIds.set(raw, id);
    statements.push({ id, text: n.text, kind: 'claim', tags: [], anchors: [], ...readStatementFields(fields(n.warrant)) });
  }
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, v: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const e of g.edges) {
    add(into, e.to, e.from);
    add(outOf, e.from, e.to);
  }
  const premisesOf = (s: string) => [...new Set((into.get(s) ?? []).filter((f) => typeOf(f) === 'I').map((f) => statementIds.get(f)!))];
  const targetsOf = (s: string) => [...new Set((outOf.get(s) ?? []).filter((t) => typeOf(t) === 'I' || SCHEME_TYPES.has(typeOf(t))))];

  // First give every usable RA / CA / MA node its inference id(s), so undercuts can point at them:
  // one per conclusion (an S-node with two conclusions becomes two inferences).
  const usable = new Map<string, string[]>();
  for (const [raw, n] of g.nodes) {
    if (!['RA', 'CA', 'MA'].includes(n.type)) continue;
    const targets = targetsOf(raw);
    if (!premisesOf(raw).length || !targets.length) {
      notes.push(`${n.type} node ${raw} has no ${targets.length ? 'premise' : 'conclusion'}; skipped`);
      continue;
    }
    usable.set(raw, targets);
  }
  // A CA-node aimed at an S-node that was split undercuts every part, so each target expands.
  const expanded = (raw: string) => usable.get(raw)!.flatMap((to) => (typeOf(to) === 'I' || !usable.has(to) ? [to] : usable.get(to)!.map((_, k) => `${to}\u0000${k}`)));
  const inferenceIds = new Map<string, InferenceId[]>();
  for (const raw of usable.keys()) {
    const first = localId(raw);
    inferenceIds.set(raw, expanded(raw).map((_, k) => asInferenceId(k === 0 ? first : allocate(`${first}-${k + 1}`))));
  }
  // "node\u0000k": the k-th inference a split S-node became.
  const baseOf = (to: string) => to.split('\u0000')[0];
  const idOfPart = (to: string): NodeId | undefined => {
    const [node, part] = to.split('\u0000');
    return typeOf(node) === 'I' ? statementIds.get(node) : inferenceIds.get(node)?.[Number(part ?? 0)];
  };

  const inferences: Inference[] = [];
  for (const [raw, n] of g.nodes) {
    if (n.type === 'PA') {
      const [p] = premisesOf(raw).map((id) => statements.find((s) => s.id === id)!.text);
      const [t] = targetsOf(raw).map((id) => g.nodes.get(id)!.text);
      notes.push(`PA node ${raw} (preference${p !== undefined && t !== undefined ? ` of ${quoteText(p)} over ${quoteText(t)}` : ''}) skipped: Warrant has no preference relation`);
      continue;
    }
    const ids = inferenceIds.get(raw);
    if (!ids) continue;
    // AIFdb's default names ("Default Inference", …) say no scheme was chosen; a rephrase keeps its MA nature as the scheme "rephrase".
    const scheme = readScheme(n.type, n.scheme, n.text);
    const extra = readInferenceFields(fields(n.warrant));
    const premises = premisesOf(raw);
    let made = 0;
    expanded(raw).forEach((to, k) => {
      const base = baseOf(to);
      const target = idOfPart(to);
      if (target === undefined) return void notes.push(`${n.type} node ${raw} points at ${typeOf(base)} node ${base}, which was skipped; left out`);
      if (typeOf(base) !== 'I' && n.type !== 'CA') {
        return void notes.push(`${n.type} node ${raw} supports scheme node ${base}; Warrant can only support statements, so it was left out`);
      }
      // A CA-node whose premise is its own conclusion is a self-attack, which Warrant keeps.
      if (n.type !== 'CA' && premises.some((p) => p === target)) return void notes.push(`${n.type} node ${raw} concludes one of its own premises; left out`);
      inferences.push({ id: ids[k], premises, target, polarity: n.type === 'CA' ? 'attack' : 'support', ...(scheme && { scheme }), ...extra });
      made++;
    });
    if (made > 1) notes.push(`${n.type} node ${raw} has ${made} conclusions; split into ${made} inferences`);
    if (n.type === 'MA' && made) notes.push(`MA node ${raw} (rephrase) became ${made > 1 ? `${made} support inferences` : 'a support inference'} with scheme "${REPHRASE}" (written back as an MA node)`);
  }

  const direct = g.edges.filter((e) => typeOf(e.from) === 'I' && typeOf(e.to) === 'I' && e.from !== e.to);
  for (const e of direct) {
    const [from, to] = [statementIds.get(e.from)!, statementIds.get(e.to)!];
    inferences.push({ id: asInferenceId(allocate(`${from}-supports-${to}`, 'inference')), premises: [from], target: to, polarity: 'support' });
  }
  if (direct.length) notes.push(`${direct.length} edge(s) joined two I-nodes directly (${direct.slice(0, 3).map((e) => e.id).join(', ')}); read as support`);
  if (g.wrapped) notes.push('read the AIF part of an OVA file; its analysed text and layout were not imported');

  const map = { ...createEmptyMap('Imported AIF map'), ...readMapFields(fields(g.warrant)), statements, inferences };
  return { result: validateMap(map), notes };
}

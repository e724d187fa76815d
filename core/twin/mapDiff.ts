/**
 * The edit operations that turn `base` into `parsed` (a map read from the person's Argdown text),
 * keeping identity: a statement keeps its id, anchors, comments, ratings and position when its
 * text changes; a relation whose line moved keeps its id and changes its premise or target.
 *
 * Matching, in order: statements by id (the Argdown title carries it); one statement that
 * disappeared plus one that appeared in the same edit is a rename (its title was being typed).
 * Inferences by id, then by premises + polarity + target, then by polarity + target (a line moved
 * to another premise), then by premises + polarity (a line moved to another target).
 * Fields Argdown does not carry (position, anchors, comments, critical-question links) are kept.
 *
 *   base  [a]: A   [b]: B   a +> b      parsed  [a]: A2   [c]: C   c +> b
 *   → setStatementText a 'A2', addStatement c, updateInference (premises [c]), removeStatement b? no: b stays.
 */
import type { ArgumentMap, Id, Inference, InferenceId, NodeId, Statement, StatementId } from '../model/types';
import { getRelations } from '../model/relations';
import { createStatement } from '../model/types';
import { asInferenceId } from '../model/ids';
import type { InferencePatch, MapOp, StatementPatch } from '../ops/ops';

export interface DiffOptions {
  /** Statements the text only refers to (`[id]` without `: text`): their fields are left alone. */
  readonly referenceOnly?: ReadonlySet<Id>;
  /** False when the text has no `# heading`: then the title and description are left alone. */
  readonly hasTitle?: boolean;
  /**
   * `base` as its own Argdown text reads back. Argdown does not keep every text exactly (line
   * breaks, spaces at the ends): a field that still reads as it did was not edited in the text,
   * so the map's own value stays (otherwise typing anywhere in the pane would flatten every
   * multi-line statement and eat the trailing space of someone typing on the canvas).
   */
  readonly asRead?: ArgumentMap;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const key = (premises: readonly Id[], polarity: string, target: Id) => `${[...premises].sort().join('&')} ${polarity} ${target}`;

/** What the text changed of `b`, where `r` is how `b` reads back from its own text. */
function statementPatch(b: Statement, p: Statement, r: Statement): StatementPatch {
  const patch: { -readonly [K in keyof StatementPatch]: StatementPatch[K] } = {};
  if (b.kind !== p.kind && r.kind !== p.kind) patch.kind = p.kind;
  if (!same(b.tags, p.tags) && !same(r.tags, p.tags)) patch.tags = p.tags;
  if (b.color !== p.color && r.color !== p.color) patch.color = p.color;
  return patch;
}

function inferencePatch(b: Inference, p: Inference): InferencePatch {
  const patch: { -readonly [K in keyof InferencePatch]: InferencePatch[K] } = {};
  if (!same(b.premises, p.premises)) patch.premises = p.premises;
  if (b.target !== p.target) patch.target = p.target;
  if (b.polarity !== p.polarity) patch.polarity = p.polarity;
  if (b.label !== p.label) patch.label = p.label;
  if (b.scheme !== p.scheme) patch.scheme = p.scheme;
  if (!same(b.tags ?? [], p.tags ?? [])) patch.tags = p.tags?.length ? p.tags : undefined;
  return patch;
}

/** Ops turning base into parsed; `added` lists the new statement ids (they still need positions). */
export function diffMaps(base: ArgumentMap, parsed: ArgumentMap, options: DiffOptions = {}): { ops: MapOp[]; added: Id[] } {
  const ops: MapOp[] = [];
  const removals: MapOp[] = [];
  const read = options.asRead ?? base;
  if (options.hasTitle !== false) {
    const changed = (field: 'title' | 'description') => parsed[field] !== base[field] && parsed[field] !== read[field];
    const patch = { ...(changed('title') && { title: parsed.title }), ...(changed('description') && { description: parsed.description }) };
    if (Object.keys(patch).length) ops.push({ type: 'setMeta', patch });
  }
  // Statements.
  const baseRelations = getRelations(base);
  const parsedRelations = getRelations(parsed);
  const baseStatements = baseRelations.statements;
  const readStatements = getRelations(read).statements;
  const appeared = parsed.statements.filter((s) => !baseStatements.has(s.id));
  const vanished = base.statements.filter((s) => !parsedRelations.statements.has(s.id));
  const alias = new Map<Id, StatementId>();
  if (appeared.length === 1 && vanished.length === 1) alias.set(appeared[0].id, vanished[0].id);
  const sid = <T extends NodeId>(id: T): T | StatementId => alias.get(id) ?? id;
  const added: Id[] = [];
  for (const p of parsed.statements) {
    const id = sid(p.id);
    const b = baseStatements.get(id);
    if (!b) {
      ops.push({ type: 'addStatement', statement: createStatement({ id, text: p.text, kind: p.kind, tags: p.tags, ...(p.color && { color: p.color }) }) });
      added.push(id);
      continue;
    }
    if (options.referenceOnly?.has(p.id)) continue;
    const r = readStatements.get(id) ?? b;
    if (b.text !== p.text && r.text !== p.text) ops.push({ type: 'setStatementText', id, text: p.text });
    const patch = statementPatch(b, p, r);
    if (Object.keys(patch).length) ops.push({ type: 'updateStatement', id, patch });
  }
  for (const b of vanished) if (![...alias.values()].includes(b.id)) removals.push({ type: 'removeStatement', id: b.id });

  // Inferences: those aiming at statements first, then undercuts once their target is known.
  const baseInferences = baseRelations.inferences;
  const unmatched = new Set(base.inferences.map((i) => i.id));
  const infAlias = new Map<Id, InferenceId>();
  let pending = parsed.inferences.map((i) => ({ ...i, premises: i.premises.map(sid), target: sid(i.target) }));
  const usedIds = new Set<string>([...baseInferences.keys()]);
  for (let round = 0; pending.length && round < 50; round++) {
    const ready = pending.filter((i) => parsedRelations.kind(i) !== 'undercut' || infAlias.has(i.target));
    pending = pending.filter((i) => !ready.includes(i));
    for (const raw of ready) {
      const p = { ...raw, target: infAlias.get(raw.target) ?? raw.target };
      const free = (i: Inference) => unmatched.has(i.id);
      const candidates = [...baseInferences.values()].filter(free);
      const unique = (pred: (i: Inference) => boolean) => {
        const found = candidates.filter(pred);
        return found.length === 1 ? found[0] : undefined;
      };
      const match =
        (unmatched.has(p.id) ? baseInferences.get(p.id) : undefined) ??
        candidates.find((i) => key(i.premises, i.polarity, i.target) === key(p.premises, p.polarity, p.target)) ??
        unique((i) => i.polarity === p.polarity && i.target === p.target && i.premises.length === p.premises.length && !parsedRelations.inferences.has(i.id)) ??
        unique((i) => i.polarity === p.polarity && same([...i.premises].sort(), [...p.premises].sort()) && !parsedRelations.inferences.has(i.id));
      if (match) {
        unmatched.delete(match.id);
        infAlias.set(raw.id, match.id);
        const patch = inferencePatch(match, p);
        if (Object.keys(patch).length) ops.push({ type: 'updateInference', id: match.id, patch });
        continue;
      }
      let name: string = p.id;
      for (let n = 2; usedIds.has(name); n++) name = `${p.id}-${n}`;
      const id = asInferenceId(name);
      usedIds.add(id);
      infAlias.set(raw.id, id);
      ops.push({ type: 'addInference', inference: { ...p, id } });
    }
    if (!ready.length) break;
  }
  for (const id of unmatched) removals.unshift({ type: 'removeInference', id });
  return { ops: [...ops, ...removals], added };
}

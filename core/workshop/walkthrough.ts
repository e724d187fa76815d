import type { ArgumentMap, Inference, Statement } from '../model/types';
import { getRelations } from '../model/relations';
import { quoteText } from '../semantics/text';
import type { WalkthroughStep } from './types';

/**
 * The automatic walkthrough: the order in which a facilitator would take a room through a
 * map, derived from its structure. The thesis comes first; then each option (the premises of
 * an inference into the thesis, supports before attacks) followed by what bears on it, breadth
 * first: its reasons and its objections, each with the objections to its step (undercuts), then theirs.
 * Linked premises stay together. What the thesis does not reach but still concludes something
 * (an opening question, say) follows at the end. Notes are left out.
 *
 *   thesis ← a (support), thesis ← b (attack), a ← c (support), a ← d (attack)
 *   → thesis, a, c, d, b
 */
export function createAutoWalkthrough(map: ArgumentMap): WalkthroughStep[] {
  const relations = getRelations(map);
  const { statements, into } = relations;
  const supportsFirst = (list: readonly Inference[]) => [...list.filter((i) => i.polarity === 'support'), ...list.filter((i) => i.polarity === 'attack')];
  const short = (id: string) => quoteText(statements.get(id)?.text ?? id, 60);
  const visited = new Set<string>();
  const steps: WalkthroughStep[] = [];
  const add = (id: string, note: string) => {
    if (visited.has(id) || !statements.has(id) || statements.get(id)!.kind === 'note') return false;
    visited.add(id);
    steps.push({ statement: id, note });
    return true;
  };

  /** Why a premise is here: its relation to what it bears on. */
  const noteFor = (inf: Inference, premise: string): string => {
    const target = relations.kind(inf) === 'undercut' ? relations.inferences.get(inf.target) : undefined;
    const together = relations.isLinked(inf) ? ` (linked premise ${inf.premises.findIndex((p) => p === premise) + 1} of ${inf.premises.length})` : '';
    const label = inf.label?.trim() ? `: ${inf.label.trim()}` : '';
    if (target) return `Questions the step to ${short(target.target)}${together}${label}`;
    const role = inf.polarity === 'support' ? 'Reason for' : 'Objection to';
    return `${role} ${statements.get(inf.target)?.kind === 'thesis' ? 'the thesis' : short(inf.target)}${together}${label}`;
  };

  /** What bears on a statement: inferences into it (supports first), each followed by the undercuts of its step. */
  const bearingOn = (id: string): Inference[] =>
    supportsFirst(into(id)).flatMap((inf) => [inf, ...supportsFirst(relations.undercutsOf(inf.id))]);

  /** One group of premises and everything below it, breadth first. */
  const visitGroup = (inf: Inference) => {
    const queue = inf.premises.filter((p) => add(p, noteFor(inf, p)));
    for (let k = 0; k < queue.length; k++) {
      for (const next of bearingOn(queue[k])) for (const p of next.premises) if (add(p, noteFor(next, p))) queue.push(p);
    }
  };

  const startAt = (root: Statement, note: string) => {
    if (!add(root.id, note)) return;
    for (const inf of bearingOn(root.id)) visitGroup(inf);
  };

  for (const thesis of map.statements.filter((s) => s.kind === 'thesis')) {
    const list = into(thesis.id);
    const reasons = list.filter((i) => i.polarity === 'support').length;
    const against = list.length - reasons;
    startAt(thesis, `The thesis: what the map argues for. ${plural(reasons, 'argument')} for it, ${plural(against, 'argument')} against it.`);
  }
  for (const s of map.statements) {
    if (!visited.has(s.id) && relations.outOf(s.id).length === 0 && into(s.id).length > 0) startAt(s, `Also in the map: ${s.kind === 'question' ? 'a question it answers' : 'a conclusion of its own'}.`);
  }
  return steps;
}

const plural = (n: number, word: string) => `${n === 0 ? 'No' : n} ${word}${n === 1 ? '' : 's'}`;

import type { Comment, Id, Inference } from '../model/types';
import { supportCircles } from './circles';
import type { LintContext, LintRule } from './lintTypes';
import { listNames, quoteText } from './text';
import { getOpenQuestions } from '../schemes/questions';

/** Kinds that need no anchor in the sources: the group's own additions. */
const UNANCHORED_OK: readonly string[] = ['assumption', 'note', 'question'];

const textOf = (c: LintContext, id: Id) => quoteText(c.statements.get(id)?.text || id);
const attacksOn = (c: LintContext, id: Id) => c.into(id).filter((i) => i.polarity === 'attack');

/** What an attack aims at, for a sentence: “Y”, or the step from “P” to “C”. */
function aimOf(c: LintContext, attack: Inference): string {
  if (c.statements.has(attack.target)) return textOf(c, attack.target);
  const step = c.inferences.get(attack.target)!;
  return `the step from ${listNames(step.premises.map((p) => textOf(c, p)))} to ${c.statements.has(step.target) ? textOf(c, step.target) : 'its conclusion'}`;
}

/** True while neither the comment nor the first comment of its thread is resolved. */
function isOpen(comment: Comment, byId: ReadonlyMap<Id, Comment>): boolean {
  for (let c: Comment | undefined = comment, hops = 0; c && hops < 1000; c = c.parent ? byId.get(c.parent) : undefined, hops++) {
    if (c.resolved) return false;
  }
  return true;
}

const FRAMING_COMMENT = /^\s*framing\s*:\s*/i;

/** The rules, in the order lint() reports them. */
export const lintRules: readonly LintRule[] = [
  {
    id: 'unsupported-claim',
    severity: 'warning',
    summary: 'a claim or thesis with no reason given for it',
    check: (c) =>
      c.map.statements
        .filter((s) => (s.kind === 'claim' || s.kind === 'thesis') && !c.into(s.id).some((i) => i.polarity === 'support'))
        .map((s) => ({
          target: s.id,
          message: `${textOf(c, s.id)} is a ${s.kind} with no reason given for it. Add a reason that supports it, or, if the group takes it as given, mark it as an assumption or as evidence.`,
        })),
  },
  {
    id: 'unanswered-objection',
    severity: 'info',
    summary: 'an attack or undercut that nothing answers yet',
    check: (c) =>
      c.map.inferences
        .filter((i) => i.polarity === 'attack' && !attacksOn(c, i.id).length && !i.premises.some((p) => attacksOn(c, p).length))
        .map((i) => ({
          target: i.id,
          related: i.premises,
          message: `Nobody has answered the objection ${listNames(i.premises.map((p) => textOf(c, p)))} against ${aimOf(c, i)} yet. Reply to it with a counter-argument, or accept it and revise what it objects to.`,
        })),
  },
  {
    id: 'circular-support',
    severity: 'warning',
    summary: 'statements that support each other in a circle',
    check: (c) =>
      supportCircles(c.map).map((ids) => ({
        target: ids[0],
        related: ids,
        message: `${listNames(ids.map((id) => textOf(c, id)))} support each other in a circle. Check that at least one of them has a reason that does not depend on the others.`,
      })),
  },
  {
    id: 'isolated-statement',
    severity: 'info',
    summary: 'a statement linked to nothing (notes excepted)',
    check: (c) =>
      c.map.statements
        .filter((s) => s.kind !== 'note' && c.into(s.id).length === 0 && c.outOf(s.id).length === 0)
        .map((s) => ({
          target: s.id,
          message:
            s.kind === 'question'
              ? `The question ${textOf(c, s.id)} is not linked to anything yet. Link the statements that answer it.`
              : `${textOf(c, s.id)} is not linked to anything. Link it to what it supports or attacks, or set it aside if it is off topic.`,
        })),
  },
  {
    id: 'hidden-assumption',
    severity: 'info',
    summary: 'a single-premise support that may rest on an unstated premise',
    check: (c) =>
      c.map.inferences
        .filter((i) => c.kind(i) === 'support' && !c.isLinked(i))
        .map((i) => {
          const [p, t] = [textOf(c, i.premises[0]), textOf(c, i.target)];
          return {
            target: i.id,
            related: [i.premises[0], i.target],
            message: `The step from ${p} to ${t} rests on ${p} alone. Is something taken for granted? The unstated premise may be: if ${p}, then ${t}. Consider adding it as a linked premise so the group can discuss it.`,
          };
        }),
  },
  {
    id: 'unanchored-statement',
    severity: 'info',
    summary: 'with sources loaded, a statement not anchored to a passage (assumptions, notes, questions excepted)',
    check: (c) =>
      c.map.sources.length === 0
        ? []
        : c.map.statements
            .filter((s) => !UNANCHORED_OK.includes(s.kind) && s.anchors.length === 0)
            .map((s) => ({
              target: s.id,
              message: `${textOf(c, s.id)} is not linked to a passage in the sources. Anchor it to the words it comes from, or mark it as an assumption if the group added it.`,
            })),
  },
  {
    id: 'framing',
    severity: 'warning',
    summary: 'a statement a facilitator flagged for its wording (tag "framing", or an open comment starting "Framing:")',
    check: (c) => {
      const byId = new Map(c.map.comments.map((m) => [m.id, m]));
      const flags = c.map.comments.filter((m) => FRAMING_COMMENT.test(m.text) && isOpen(m, byId));
      return c.map.statements.flatMap((s) => {
        const notes = flags
          .filter((m) => m.target === s.id)
          .map((m) => m.text.replace(FRAMING_COMMENT, '').trim())
          .filter((t, i, all) => t && all.indexOf(t) === i);
        if (!notes.length && !s.tags.some((t) => t.toLowerCase() === 'framing')) return [];
        const why = notes.length ? ` (${notes.map((t) => quoteText(t, 120)).join('; ')})` : '';
        return [{
          target: s.id,
          message: `A facilitator flagged the wording of ${textOf(c, s.id)} as framing${why}. Before the group judges it, check whether the wording already takes a side, and rephrase it neutrally if it does.`,
        }];
      });
    },
  },
  {
    id: 'unanswered-critical-question',
    severity: 'info',
    summary: 'an inference whose argumentation scheme has critical questions nothing answers yet',
    check: (c) => {
      const byInference = new Map<Id, ReturnType<typeof getOpenQuestions>>();
      for (const q of getOpenQuestions(c.map)) byInference.set(q.inference.id, [...(byInference.get(q.inference.id) ?? []), q]);
      return [...byInference.values()].map((open) => {
        const { inference, scheme } = open[0];
        const step = aimOf(c, { ...inference, polarity: 'attack', target: inference.id });
        return {
          target: inference.id,
          related: [...inference.premises, inference.target],
          message: `${scheme.name}, ${step}: ${open.length} critical question${open.length === 1 ? '' : 's'} still open: ${open.map((q) => `“${q.question.text}”`).join(' ')} Answer each with the undercut or objection it suggests (Inspector), or note why it does not apply.`,
        };
      });
    },
  },
];


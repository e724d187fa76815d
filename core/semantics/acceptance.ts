import type { ArgumentMap, Id } from '../model/types';
import { BIT, type SearchKind, type SearchLimits, formatMs, leaf, searchPart, undecidedParts } from './complete';
import { bottomComponent, isOpen, openParts } from './split';
import { I, O, U, propagate } from './domains';
import { groundedLabels } from './grounded';
import { EvaluationError, IN, OUT, type Program, compileProgram } from './program';

/**
 * Credulous and sceptical acceptance: is a statement IN in some / every preferred (or stable)
 * outcome? Answered statement by statement without listing the outcomes, so a map with
 * millions of them still gets an answer. Worked examples (`b -x a`: b attacks a):
 *
 * 1. a and b attack each other: each is IN in some preferred outcome, in none for certain.
 * 2. Floating reinstatement (a ⇄ b, both attack c, c attacks d): c is IN in no outcome and
 *    d in every one, although grounded leaves both UNDEC.
 * 3. Forty separate mutual attacks: 2^40 outcomes, too many to list, yet each statement
 *    is "some" after two small searches.
 * 4. Thirty floating reinstatements joined in a row (d_i also attacks c_(i+1)): one group with
 *    2^30 outcomes; split at a0 ⇄ b0, every c is OUT and every d IN in both branches.
 *
 * How: grounded IN is IN everywhere and grounded OUT nowhere; the rest is settled inside its
 * group of connected undecided atoms (complete.ts), so separate conflicts never multiply.
 * A preferred group is first split at an unattacked component (split.ts): each preferred
 * labelling of that component is fixed in turn, propagation settles what follows from it, and
 * the open rest falls into smaller groups settled the same way; a statement is IN in every
 * outcome when it is in every branch. A group that cannot be split (one strongly connected
 * component) with few outcomes (listPart, 256) is listed outright; a bigger one is settled
 * statement by statement, by searches for one complete labelling:
 * - some:  a complete labelling with the statement IN (for preferred it extends to a
 *          preferred one, which keeps the statement IN);
 * - every: no preferred labelling leaves it out. Search a complete labelling L without it
 *          that no preferred labelling found so far contains; grow L to a preferred M (complete
 *          labellings with strictly more IN, until there is none). M without the statement:
 *          not every. Otherwise remember M and search again; the search prunes every branch
 *          whose possible IN atoms fit inside a remembered M. For stable, with no UNDEC allowed,
 *          "every" is simply: no stable labelling has it OUT.
 * The "every" search can still take exponential time inside one large strongly connected
 * component (a statement IN in every one of millions of outcomes there); past the limits it
 * stops with an EvaluationError, as listing does.
 */

/** IN in every outcome, in some but not all, or in none. */
export type Acceptance = 'every' | 'some' | 'none';

export interface AcceptanceResult {
  readonly semantics: SearchKind;
  readonly statements: ReadonlyMap<Id, Acceptance>;
  /** Stable only: false when the map has no stable outcome at all (then nothing is IN in any). */
  readonly hasOutcome: boolean;
}

export interface AcceptanceOptions {
  readonly semantics: SearchKind;
  readonly accept?: readonly Id[];
  readonly reject?: readonly Id[];
  readonly limits?: Partial<Pick<SearchLimits, 'maxSteps' | 'maxMs'> & { readonly listPart: number; readonly split: boolean }>;
}

/**
 * listPart: how many outcomes of one group are listed outright before searching statement by
 * statement; split: whether a preferred group is first split at unattacked components (off
 * only to test the whole-group search on its own).
 */
export const ACCEPTANCE_LIMITS = { maxSteps: 2_000_000, maxMs: 10_000, listPart: 256, split: true };

/** What one acceptance run may spend, shared by every search in it. */
interface Run {
  steps: number;
  readonly maxSteps: number;
  readonly deadline: number;
  readonly maxMs: number;
  readonly listPart: number;
  readonly split: boolean;
  readonly kind: SearchKind;
}

interface Search {
  readonly p: Program;
  readonly part: readonly number[];
  /** The attack inferences of the part: the choices. */
  readonly open: readonly number[];
  readonly run: Run;
}

const searchOf = (p: Program, part: readonly number[], run: Run): Search => ({ p, part, open: part.filter((x) => p.attacks[x].length > 0), run });

/** The first complete (stable: 2-valued) labelling of the part from `dom` that `accept` takes, pruning where `prune` says. */
function findLabelling(s: Search, dom: Uint8Array, changed: number[], prune: (dom: Uint8Array) => boolean, accept: (labels: number[]) => boolean): number[] | undefined {
  const { run } = s;
  if (++run.steps > run.maxSteps) throw new EvaluationError(`this map has too many undecided conflicts to settle every statement (gave up after ${run.maxSteps} steps); use grounded semantics, or settle some statements with accept/reject first`);
  if (performance.now() > run.deadline) throw new EvaluationError(`settling every statement of this map takes too long (stopped at the time limit of ${formatMs(run.maxMs)}); use grounded semantics, or settle some statements with accept/reject first`);
  if (!propagate(s.p, dom, changed) || prune(dom)) return undefined;
  const next = s.open.find((a) => dom[a] & I && dom[a] !== I);
  if (next === undefined) {
    const labels = leaf(s.p, dom, s.part);
    return labels && accept(labels) ? labels : undefined;
  }
  for (const mask of [I, O | U]) {
    const branch = dom.slice();
    branch[next] &= mask;
    const found = findLabelling(s, branch, [next], prune, accept);
    if (found) return found;
  }
  return undefined;
}


/** Up to `most` preferred / stable labellings of `part` (labels in part order), or undefined when there are more or the listing grows long; charged to the run. */
function listLabellings(s: Search, start: Uint8Array, most: number): number[][] | undefined {
  const { run } = s;
  const budget = { steps: 0, deadline: run.deadline, limits: { maxSteps: Math.min(20_000, run.maxSteps - run.steps), maxResults: most, maxMs: run.maxMs }, kind: run.kind };
  try {
    return searchPart(s.p, start, s.part, budget);
  } catch (e) {
    if (e instanceof EvaluationError) return undefined;
    throw e;
  } finally {
    run.steps += budget.steps;
  }
}

/** Acceptance of the part's statements from its listed outcomes ('no outcome' when it has none), or undefined when it has more than listPart. */
function listedAcceptance(s: Search, start: Uint8Array): Map<number, Acceptance> | 'no outcome' | undefined {
  const found = s.run.listPart ? listLabellings(s, start, s.run.listPart) : undefined;
  if (!found) return undefined;
  const result = new Map<number, Acceptance>();
  s.part.forEach((x, k) => {
    if (x >= s.p.statementCount) return;
    const inAll = found.length > 0 && found.every((l) => l[k] === IN);
    result.set(x, inAll ? 'every' : found.some((l) => l[k] === IN) ? 'some' : 'none');
  });
  return found.length ? result : 'no outcome';
}

/** Outcomes of the bottom component listed before the group is searched whole instead. */
const BOTTOM_OUTCOMES = 64;

/** Two sets of outcomes together: a statement IN in every outcome of one and in none of the other is IN in some. */
function mergeAcceptance(a: Map<number, Acceptance> | undefined, b: Map<number, Acceptance>): Map<number, Acceptance> {
  if (!a) return b;
  for (const [x, v] of b) if (a.get(x) !== v) a.set(x, 'some');
  return a;
}

/**
 * Preferred only (split.ts): fixes each preferred labelling of an unattacked component in turn
 * and settles what stays open, group by group. Null when the part cannot be split that way.
 */
function splitAcceptance(s: Search, start: Uint8Array): Map<number, Acceptance> | undefined | null {
  const { p } = s;
  const bottom = bottomComponent(p, start, s.part);
  if (!bottom) return null;
  const choices = listLabellings(searchOf(p, bottom, s.run), start, BOTTOM_OUTCOMES);
  if (!choices) return null;
  let merged: Map<number, Acceptance> | undefined;
  next: for (const labels of choices) {
    const dom = start.slice();
    bottom.forEach((x, k) => (dom[x] = BIT[labels[k]]));
    if (!propagate(p, dom, [...new Set(bottom.flatMap((x) => [x, ...p.posUsers[x], ...p.attacks[x]]))])) continue;
    const branch = new Map<number, Acceptance>();
    for (const x of s.part) if (x < p.statementCount && !isOpen(dom[x])) branch.set(x, dom[x] === I ? 'every' : 'none');
    for (const sub of openParts(p, dom, s.part)) {
      const found = partAcceptance(searchOf(p, sub, s.run), dom);
      if (!found) continue next;
      for (const [x, a] of found) branch.set(x, a);
    }
    merged = mergeAcceptance(merged, branch);
  }
  return merged;
}

/** Acceptance of the part's statements (atom → verdict); undefined when the part has no stable labelling. */
function partAcceptance(s: Search, start: Uint8Array): Map<number, Acceptance> | undefined {
  // Splitting first: its branches never outnumber the outcomes a listing would go through.
  if (s.run.kind === 'preferred' && s.run.split) {
    const split = splitAcceptance(s, start);
    if (split !== null) return split;
  }
  const listed = listedAcceptance(s, start);
  if (listed) return listed === 'no outcome' ? undefined : listed;
  return searchAcceptance(s, start);
}

/** Acceptance by searching the part whole, statement by statement (see the top of this file). */
function searchAcceptance(s: Search, start: Uint8Array): Map<number, Acceptance> | undefined {
  const kind = s.run.kind;
  const { part } = s;
  const positions = new Map(part.map((x, k) => [x, k]));
  const restricted = (x: number, mask: number) => {
    const dom = start.slice();
    dom[x] &= mask;
    return { dom, changed: [x] };
  };
  const never = () => false;
  const always = () => true;
  const inSet = (labels: number[]) => new Set(part.filter((_, k) => labels[k] === IN));
  const some = new Set<number>();
  const result = new Map<number, Acceptance>();
  // Remembered preferred (or stable) labellings, as the set of IN atoms.
  const known: Set<number>[] = [];
  const remember = (labels: number[]) => {
    const set = inSet(labels);
    for (const x of set) some.add(x);
    known.push(set);
    return set;
  };
  // A complete labelling is preferred when no complete one has strictly more IN: try each
  // atom it leaves undecided as IN on top of what it holds (propagation settles most tries at once).
  const grow = (labels: number[]): number[] => {
    for (let k = 0; k < part.length; k++) {
      if (labels[k] === IN || labels[k] === OUT) continue;
      const dom = start.slice();
      const held = part.filter((_, j) => labels[j] === IN);
      for (const y of held) dom[y] &= I;
      dom[part[k]] &= I;
      const bigger = findLabelling(s, dom, [...held, part[k]], never, always);
      if (bigger) {
        labels = bigger;
        k = -1;
      }
    }
    return labels;
  };
  const first = findLabelling(s, start.slice(), [], never, always);
  if (!first) return undefined;
  remember(kind === 'preferred' ? grow(first) : first);
  for (const x of part) {
    if (x >= s.p.statementCount) continue;
    if (!some.has(x)) {
      const { dom, changed } = restricted(x, I);
      const found = findLabelling(s, dom, changed, never, always);
      if (!found) {
        result.set(x, 'none');
        continue;
      }
      remember(kind === 'preferred' ? grow(found) : found);
    }
    if (known.some((m) => !m.has(x))) {
      result.set(x, 'some');
      continue;
    }
    if (kind === 'stable') {
      const { dom, changed } = restricted(x, O);
      const without = findLabelling(s, dom, changed, never, always);
      if (without) remember(without);
      result.set(x, without ? 'some' : 'every');
      continue;
    }
    let verdict: Acceptance = 'every';
    for (;;) {
      const { dom, changed } = restricted(x, O | U);
      const fitsKnown = (inside: (y: number) => boolean) => known.some((m) => part.every((y) => !inside(y) || m.has(y)));
      const candidate = findLabelling(s, dom, changed, (d) => fitsKnown((y) => !!(d[y] & I)), (l) => !fitsKnown((y) => l[positions.get(y)!] === IN));
      if (!candidate) break;
      if (!remember(grow(candidate)).has(x)) {
        verdict = 'some';
        break;
      }
    }
    result.set(x, verdict);
  }
  return result;
}

/** Per statement: IN in every, some or no preferred (or stable) outcome. Throws EvaluationError past the limits. */
export function acceptance(map: ArgumentMap, options: AcceptanceOptions): AcceptanceResult {
  const p = compileProgram(map, options.accept, options.reject);
  const grounded = groundedLabels(p);
  const kind = options.semantics;
  const full = kind === 'stable' ? I | O : I | O | U;
  const start = Uint8Array.from(grounded, (g, x) => (p.forced[x] ? BIT[p.forced[x]] : g === IN || g === OUT ? BIT[g] : full));
  const statements = new Map<Id, Acceptance>();
  const none = (hasOutcome: boolean): AcceptanceResult => ({
    semantics: kind,
    statements: new Map(map.statements.map((st) => [st.id, 'none' as Acceptance])),
    hasOutcome,
  });
  if (!propagate(p, start, Array.from(start.keys()))) return none(false);
  const { maxSteps, maxMs, listPart, split } = { ...ACCEPTANCE_LIMITS, ...options.limits };
  const run: Run = { steps: 0, maxSteps, deadline: performance.now() + maxMs, maxMs, listPart, split, kind };
  for (let x = 0; x < p.statementCount; x++) if (grounded[x] !== 3) statements.set(p.ids[x], grounded[x] === IN ? 'every' : 'none');
  for (const part of undecidedParts(p, grounded)) {
    const found = partAcceptance(searchOf(p, part, run), start);
    if (!found) return none(false);
    for (const [x, a] of found) statements.set(p.ids[x], a);
  }
  return { semantics: kind, statements: new Map(map.statements.map((st) => [st.id, statements.get(st.id)!])), hasOutcome: true };
}

import type { ArgumentMap, Id } from '../model/types';
import { BIT, type SearchKind, type SearchLimits, formatMs, leaf, searchPart, undecidedParts } from './complete';
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
 *
 * How: grounded IN is IN everywhere and grounded OUT nowhere; the rest is settled inside its
 * group of connected undecided atoms (complete.ts), so separate conflicts never multiply. A
 * group with few outcomes (listPart, 256) is listed outright; a bigger one is settled
 * statement by statement, by searches for one complete labelling:
 * - some:  a complete labelling with the statement IN (for preferred it extends to a
 *          preferred one, which keeps the statement IN);
 * - every: no preferred labelling leaves it out. Search a complete labelling L without it
 *          that no preferred labelling found so far contains; grow L to a preferred M (complete
 *          labellings with strictly more IN, until there is none). M without the statement:
 *          not every. Otherwise remember M and search again; the search prunes every branch
 *          whose possible IN atoms fit inside a remembered M. For stable, with no UNDEC allowed,
 *          "every" is simply: no stable labelling has it OUT.
 * The "every" search can still take exponential time inside one large tightly connected group
 * (a statement IN in every one of millions of outcomes there); past the limits it stops with
 * an EvaluationError, as listing does.
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
  readonly limits?: Partial<Pick<SearchLimits, 'maxSteps' | 'maxMs'> & { readonly listPart: number }>;
}

/** listPart: how many outcomes of one group are listed outright before searching statement by statement. */
export const ACCEPTANCE_LIMITS = { maxSteps: 2_000_000, maxMs: 10_000, listPart: 256 };

interface Search {
  readonly p: Program;
  readonly part: readonly number[];
  /** The attack inferences of the part: the choices. */
  readonly open: readonly number[];
  steps: number;
  readonly maxSteps: number;
  readonly deadline: number;
  readonly maxMs: number;
  readonly listPart: number;
}

/** The first complete (stable: 2-valued) labelling of the part from `dom` that `accept` takes, pruning where `prune` says. */
function findLabelling(s: Search, dom: Uint8Array, changed: number[], prune: (dom: Uint8Array) => boolean, accept: (labels: number[]) => boolean): number[] | undefined {
  if (++s.steps > s.maxSteps) throw new EvaluationError(`this map has too many undecided conflicts to settle every statement (gave up after ${s.maxSteps} steps); use grounded semantics, or settle some statements with accept/reject first`);
  if (performance.now() > s.deadline) throw new EvaluationError(`settling every statement of this map takes too long (stopped at the time limit of ${formatMs(s.maxMs)}); use grounded semantics, or settle some statements with accept/reject first`);
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


/** Acceptance from the listed outcomes of one group ('no outcome' when it has none), or undefined when it has more than listPart. */
function listedAcceptance(s: Search, start: Uint8Array, kind: SearchKind): Map<number, Acceptance> | 'no outcome' | undefined {
  let found: number[][];
  try {
    if (!s.listPart) return undefined;
    const limits = { maxSteps: 20_000, maxResults: s.listPart, maxMs: Infinity };
    found = searchPart(s.p, start, s.part, { steps: 0, deadline: Infinity, limits, kind });
  } catch (e) {
    if (e instanceof EvaluationError) return undefined;
    throw e;
  }
  const result = new Map<number, Acceptance>();
  s.part.forEach((x, k) => {
    if (x >= s.p.statementCount) return;
    const inAll = found.length > 0 && found.every((l) => l[k] === IN);
    result.set(x, inAll ? 'every' : found.some((l) => l[k] === IN) ? 'some' : 'none');
  });
  return found.length ? result : 'no outcome';
}

/** Acceptance of the part's statements (indices into the part); undefined when the part has no stable labelling. */
function partAcceptance(s: Search, start: Uint8Array, kind: SearchKind): Map<number, Acceptance> | undefined {
  const listed = listedAcceptance(s, start, kind);
  if (listed) return listed === 'no outcome' ? undefined : listed;
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
  const { maxSteps, maxMs, listPart } = { ...ACCEPTANCE_LIMITS, ...options.limits };
  const deadline = performance.now() + maxMs;
  let steps = 0;
  for (let x = 0; x < p.statementCount; x++) if (grounded[x] !== 3) statements.set(p.ids[x], grounded[x] === IN ? 'every' : 'none');
  for (const part of undecidedParts(p, grounded)) {
    const search: Search = { p, part, open: part.filter((x) => p.attacks[x].length > 0), steps, maxSteps, deadline, maxMs, listPart };
    const found = partAcceptance(search, start, kind);
    steps = search.steps;
    if (!found) return none(false);
    for (const [x, a] of found) statements.set(p.ids[x], a);
  }
  return { semantics: kind, statements: new Map(map.statements.map((st) => [st.id, statements.get(st.id)!])), hasOutcome: true };
}

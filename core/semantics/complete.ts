import { I, O, U, propagate } from './domains';
import { EvaluationError, IN, OUT, UNDEC, type Program, derive } from './program';

/**
 * Preferred and stable labellings, by searching the complete labellings.
 *
 * A complete labelling is fixed by which attack inferences are IN: from that set X,
 * "might hold" = Γ(not in X) and "holds" = Γ(not might hold) (program.ts), and the labelling
 * is complete exactly when "holds" gives back X and lies within "might hold". So the search
 * decides, attack inference by attack inference, "IN" or "not IN", and checks each full set
 * of decisions that way; between decisions, domains.ts narrows what every atom can still be.
 *
 * Every complete labelling extends the grounded one, so only its UNDEC atoms are open, and
 * groups of them that do not touch each other are searched apart and then combined (two
 * separate mutual attacks: 2 + 2 searches, 4 outcomes). Preferred keeps the labellings with
 * the most IN atoms (a branch is cut as soon as it cannot beat one already found); stable
 * allows no UNDEC at all.
 */

export type SearchKind = 'preferred' | 'stable';

export interface SearchLimits {
  /** Search nodes before giving up. */
  readonly maxSteps: number;
  /** Labellings before giving up: a list longer than this helps nobody read the map. */
  readonly maxResults: number;
  /** Milliseconds of searching before giving up (Infinity: no time limit). */
  readonly maxMs: number;
}

export const BIT = [0, I, O, U];

/** Groups of grounded-UNDEC atoms joined by premises, supports, attacks and undercuts. */
export function undecidedParts(p: Program, grounded: Uint8Array): number[][] {
  const root = p.ids.map((_, x) => x);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x])));
  for (let x = 0; x < root.length; x++) {
    if (grounded[x] !== UNDEC) continue;
    for (const y of [...p.pos[x], ...p.attackers[x]]) if (grounded[y] === UNDEC) root[find(x)] = find(y);
  }
  const parts = new Map<number, number[]>();
  for (let x = 0; x < root.length; x++) {
    if (grounded[x] !== UNDEC) continue;
    const part = parts.get(find(x));
    if (part) part.push(x);
    else parts.set(find(x), [x]);
  }
  return [...parts.values()];
}

/** The labels of `part` given by the decided attack inferences, if they fit the domains. */
export function leaf(p: Program, dom: Uint8Array, part: readonly number[]): number[] | undefined {
  const mightHold = derive(p, (a) => dom[a] !== I);
  const holds = derive(p, (a) => !mightHold[a]);
  const labels = part.map((x) => (holds[x] ? (mightHold[x] ? IN : 0) : mightHold[x] ? UNDEC : OUT));
  return labels.every((l, k) => dom[part[k]] & BIT[l]) ? labels : undefined;
}

const isSubset = (a: readonly number[], b: readonly number[]) => a.every((v, i) => !v || b[i]);

export interface Budget {
  steps: number;
  /** performance.now() past which the search stops. */
  readonly deadline: number;
  readonly limits: SearchLimits;
  readonly kind: SearchKind;
}

export const formatMs = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${+ms.toFixed(3)} ms`);

function giveUp(what: string): never {
  throw new EvaluationError(`${what}; use grounded semantics, or settle some statements with accept/reject first`);
}

/** The labels of one part in every preferred / stable labelling. */
export function searchPart(p: Program, start: Uint8Array, part: readonly number[], budget: Budget): number[][] {
  const { kind, limits } = budget;
  const open = part.filter((x) => p.attacks[x].length > 0);
  // The most connected choice first: deciding it settles the most.
  const degree = (a: number) => p.attackers[a].length + p.pos[a].length + p.attacks[a].reduce((n, t) => n + p.attackers[t].length + p.pos[t].length, 0);
  open.sort((a, b) => degree(b) - degree(a));
  const found: number[][] = [];
  const holds: number[][] = [];
  const visit = (dom: Uint8Array, changed: number[]): void => {
    if (++budget.steps > limits.maxSteps) giveUp(`this map has too many undecided conflicts to list every ${kind} outcome (gave up after ${limits.maxSteps} steps)`);
    if (performance.now() > budget.deadline) giveUp(`listing every ${kind} outcome of this map takes too long (stopped at the time limit of ${formatMs(limits.maxMs)})`);
    if (!propagate(p, dom, changed)) return;
    if (kind === 'preferred') {
      const canHold = part.map((x) => dom[x] & I);
      if (holds.some((h) => isSubset(canHold, h))) return;
    }
    const next = open.find((a) => dom[a] & I && dom[a] !== I);
    if (next === undefined) {
      const labels = leaf(p, dom, part);
      if (!labels) return;
      found.push(labels);
      holds.push(labels.map((l) => (l === IN ? 1 : 0)));
      if (found.length > limits.maxResults) giveUp(`this map has more than ${limits.maxResults} ${kind} outcomes, too many to list`);
      return;
    }
    for (const mask of [I, O | U]) {
      const branch = dom.slice();
      branch[next] &= mask;
      visit(branch, [next]);
    }
  };
  visit(start.slice(), []);
  if (kind === 'stable') return found;
  return found.filter((_, i) => !holds.some((h, j) => j !== i && isSubset(holds[i], h) && !isSubset(h, holds[i])));
}

/** Preferred or stable labellings (IN / OUT / UNDEC per atom), in search order. */
export function searchLabellings(p: Program, kind: SearchKind, grounded: Uint8Array, limits: SearchLimits): Uint8Array[] {
  const full = kind === 'stable' ? I | O : I | O | U;
  const start = Uint8Array.from(grounded, (g, x) => (p.forced[x] ? BIT[p.forced[x]] : g === UNDEC ? full : BIT[g]));
  if (!propagate(p, start, Array.from(start.keys()))) return [];
  const budget: Budget = { steps: 0, deadline: performance.now() + limits.maxMs, limits, kind };
  const parts = undecidedParts(p, grounded);
  const choices: number[][][] = [];
  let total = 1;
  for (const part of parts) {
    const found = searchPart(p, start, part, budget);
    if (!found.length) return [];
    choices.push(found);
    total *= found.length;
    if (total > limits.maxResults) giveUp(`this map has more than ${limits.maxResults} ${kind} outcomes, too many to list`);
  }
  let result = [grounded.slice()];
  parts.forEach((part, k) => {
    result = result.flatMap((base) =>
      choices[k].map((labels) => {
        const next = base.slice();
        part.forEach((x, i) => (next[x] = labels[i]));
        return next;
      }),
    );
  });
  return result;
}

import type { Program } from './program';

/**
 * Narrowing the possible labels of every atom, for the search in complete.ts.
 *
 * A domain is a set of labels (bits I, O, U). Every complete labelling obeys, atom by atom,
 *   x is IN    ⇔  every attacker is OUT and its positive condition is IN,
 *   x is OUT   ⇔  some attacker is IN or its positive condition is OUT,
 *   x is UNDEC otherwise,
 * where the positive condition joins the premises of an inference with AND and the supports
 * of a statement with OR (no supports: IN). revise() applies these both ways: from what the
 * neighbours can still be to what x can be, and from x back to its neighbours (x OUT with one
 * possible IN attacker left: that attacker is IN). Accepted and rejected atoms are facts, so
 * their own rule is not applied. Example: a ⇄ b with a's domain narrowed to {IN} leaves the
 * attack from b OUT, b OUT, and the attack from a IN.
 */

export const I = 1;
export const O = 2;
export const U = 4;

const ALL = I | O | U;

/** Narrows `dom` until nothing changes, starting from the atoms queued; false on a contradiction. */
export function propagate(p: Program, dom: Uint8Array, queue: number[]): boolean {
  const queued = new Uint8Array(dom.length);
  for (const x of queue) queued[x] = 1;
  const enqueue = (y: number) => {
    const add = (z: number) => {
      if (!queued[z]) {
        queued[z] = 1;
        queue.push(z);
      }
    };
    add(y);
    p.posUsers[y].forEach(add);
    p.attacks[y].forEach(add);
  };
  const restrict = (y: number, mask: number): boolean => {
    const next = dom[y] & mask;
    if (next === dom[y]) return true;
    if (!next) return false;
    dom[y] = next;
    enqueue(y);
    return true;
  };
  /** Restricts the only member of `list` whose domain meets `can`; fine when two or more do. */
  const restrictOnly = (list: readonly number[], can: number, mask: number): boolean => {
    const candidates = list.filter((y) => dom[y] & can);
    return candidates.length !== 1 || restrict(candidates[0], mask);
  };
  while (queue.length) {
    const x = queue.pop()!;
    queued[x] = 0;
    if (!p.forced[x] && !revise(p, dom, x, restrict, restrictOnly)) return false;
  }
  return true;
}

type Restrict = (y: number, mask: number) => boolean;
type RestrictOnly = (list: readonly number[], can: number, mask: number) => boolean;

const every = (list: readonly number[], dom: Uint8Array, test: (d: number) => boolean) => list.every((y) => test(dom[y]));
const some = (list: readonly number[], dom: Uint8Array, test: (d: number) => boolean) => list.some((y) => test(dom[y]));

function revise(p: Program, dom: Uint8Array, x: number, restrict: Restrict, restrictOnly: RestrictOnly): boolean {
  const attackers = p.attackers[x];
  const pos = p.pos[x];
  const and = x >= p.statementCount;
  // What the positive condition can be: AND over premises, OR over supports (none: IN).
  const over = and ? every : some;
  const under = and ? some : every;
  const empty = pos.length === 0;
  const gate = {
    canI: empty || over(pos, dom, (d) => (d & I) !== 0),
    canO: !empty && under(pos, dom, (d) => (d & O) !== 0),
    canNotO: empty || over(pos, dom, (d) => (d & (I | U)) !== 0),
    canU: !empty && (and ? every(pos, dom, (d) => (d & (I | U)) !== 0) : every(pos, dom, (d) => (d & (O | U)) !== 0)) && some(pos, dom, (d) => (d & U) !== 0),
  };
  const attackCanI = some(attackers, dom, (d) => (d & I) !== 0);
  let possible = 0;
  if (every(attackers, dom, (d) => (d & O) !== 0) && gate.canI) possible |= I;
  if (attackCanI || gate.canO) possible |= O;
  if (every(attackers, dom, (d) => (d & (O | U)) !== 0) && gate.canNotO && (some(attackers, dom, (d) => (d & U) !== 0) || gate.canU)) possible |= U;
  if (!restrict(x, possible)) return false;
  const d = dom[x];
  if (d === ALL) return true;
  if (!(d & O)) {
    // IN or UNDEC: no attacker is IN, and the positive condition is not OUT.
    if (!attackers.every((a) => restrict(a, O | U))) return false;
    if (and ? !pos.every((q) => restrict(q, I | U)) : !restrictOnly(pos, I | U, I | U)) return false;
  }
  if (d === I) {
    if (!attackers.every((a) => restrict(a, O))) return false;
    if (and ? !pos.every((q) => restrict(q, I)) : !restrictOnly(pos, I, I)) return false;
  }
  if (!(d & I)) {
    // OUT or UNDEC: some attacker is not OUT, or the positive condition is not IN.
    const gateMustI = empty || over(pos, dom, (e) => e === I);
    if (every(attackers, dom, (a) => a === O) && (and ? !restrictOnly(pos, O | U, O | U) : !pos.every((q) => restrict(q, O | U)))) return false;
    if (gateMustI && !restrictOnly(attackers, I | U, I | U)) return false;
  }
  if (d === O) {
    // Some attacker IN, or the positive condition OUT: when one way is left, take it.
    if (!gate.canO && !restrictOnly(attackers, I, I)) return false;
    if (!attackCanI && (and ? !restrictOnly(pos, O, O) : !pos.every((q) => restrict(q, O)))) return false;
  }
  return true;
}

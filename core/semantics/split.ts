import { I, O } from './domains';
import type { Program } from './program';

/**
 * Where a group of undecided atoms can be cut, for acceptance.ts.
 *
 * Preferred semantics is directional: the atoms a component depends on and nothing else
 * decide its outcomes. So a group can be split at a component nothing else in the group
 * reaches (an unattacked part, the "bottom"): each preferred labelling of the bottom is fixed
 * in turn, the rest is narrowed by it and usually falls apart into small groups again.
 * Example: thirty floating reinstatements in a row (a ⇄ b, both attack c, c attacks d, and d
 * attacks the next c) are one group with 2^30 outcomes; fixing a0 (or b0) settles every c and
 * d, and what is left is thirty separate pairs.
 *
 * Groups here are over the domains of a search (domains.ts): an atom is open while it can
 * still take more than one label.
 */

export const isOpen = (d: number) => (d & (d - 1)) !== 0;

const inputs = (p: Program, x: number) => [...p.attackers[x], ...p.pos[x]];

/** Whether a decided atom's own rule holds whatever its open inputs become (then it joins nothing). */
function isSettled(p: Program, dom: Uint8Array, x: number): boolean {
  if (p.forced[x]) return true;
  const attackers = p.attackers[x];
  const pos = p.pos[x];
  const and = x >= p.statementCount;
  if (dom[x] === I) return attackers.every((a) => dom[a] === O) && (and ? pos.every((q) => dom[q] === I) : pos.length === 0 || pos.some((q) => dom[q] === I));
  if (dom[x] === O) return attackers.some((a) => dom[a] === I) || (and ? pos.some((q) => dom[q] === O) : pos.length > 0 && pos.every((q) => dom[q] === O));
  return inputs(p, x).every((y) => !isOpen(dom[y]));
}

/** The open atoms among `atoms`, in groups that share no rule: each can be settled on its own. */
export function openParts(p: Program, dom: Uint8Array, atoms: readonly number[]): number[][] {
  const root = new Map<number, number>();
  for (const x of atoms) if (isOpen(dom[x])) root.set(x, x);
  const find = (x: number): number => {
    const r = root.get(x)!;
    if (r === x) return x;
    const top = find(r);
    root.set(x, top);
    return top;
  };
  const join = (scope: readonly number[]) => {
    const open = scope.filter((y) => root.has(y));
    for (const y of open.slice(1)) root.set(find(y), find(open[0]));
  };
  for (const x of atoms) if (isOpen(dom[x]) || !isSettled(p, dom, x)) join([x, ...inputs(p, x)]);
  const parts = new Map<number, number[]>();
  for (const x of root.keys()) {
    const part = parts.get(find(x));
    if (part) part.push(x);
    else parts.set(find(x), [x]);
  }
  return [...parts.values()];
}

/**
 * An unattacked component of the open atoms `part`: its atoms depend on nothing open outside
 * it. Among several, the one whose choice reaches most of the part (it settles most). Undefined
 * when the whole part is one strongly connected component.
 */
export function bottomComponent(p: Program, dom: Uint8Array, part: readonly number[]): number[] | undefined {
  const inPart = new Set(part);
  const users = new Map<number, number[]>(part.map((x) => [x, []]));
  for (const x of part) for (const y of inputs(p, x)) if (inPart.has(y)) users.get(y)!.push(x);
  const component = strongComponents(part, (x) => users.get(x)!);
  if (new Set(component.values()).size <= 1) return undefined;
  const attacked = new Set<number>();
  for (const x of part) for (const y of users.get(x)!) if (component.get(y) !== component.get(x)) attacked.add(component.get(y)!);
  const members = new Map<number, number[]>();
  for (const x of part) {
    const c = component.get(x)!;
    if (!attacked.has(c)) members.set(c, [...(members.get(c) ?? []), x]);
  }
  const reach = (start: readonly number[]) => {
    const seen = new Set(start);
    const stack = [...start];
    while (stack.length) {
      for (const y of users.get(stack.pop()!)!) {
        if (seen.has(y)) continue;
        seen.add(y);
        stack.push(y);
      }
    }
    return seen.size;
  };
  let best: number[] | undefined;
  let bestReach = -1;
  for (const list of members.values()) {
    const r = reach(list);
    if (r > bestReach) [best, bestReach] = [list, r];
  }
  return best;
}

/** Tarjan's strongly connected components, without recursion: atom → component number. */
function strongComponents(nodes: readonly number[], next: (x: number) => readonly number[]): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const component = new Map<number, number>();
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const [x, i] = top;
      const out = next(x);
      if (i < out.length) {
        top[1]++;
        const y = out[i];
        if (!index.has(y)) {
          index.set(y, counter);
          low.set(y, counter++);
          stack.push(y);
          onStack.add(y);
          work.push([y, 0]);
        } else if (onStack.has(y)) low.set(x, Math.min(low.get(x)!, index.get(y)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(x)!));
      }
      if (low.get(x) === index.get(x)) {
        let y: number;
        do {
          y = stack.pop()!;
          onStack.delete(y);
          component.set(y, x);
        } while (y !== x);
      }
    }
  }
  return component;
}

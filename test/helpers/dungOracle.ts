/**
 * Dung's semantics the slow, obvious way, over every subset of arguments: the oracle the
 * semantics tests hold evaluate() to. It shares no code with core/semantics. Arguments are
 * 0…n-1; an attack [a, b] means a attacks b (a === b: a self-attack).
 */
export type Attacks = readonly (readonly [number, number])[];
export type DungLabel = 'IN' | 'OUT' | 'UNDEC';

export function dungExtensions(n: number, attacks: Attacks) {
  const attackedBy = (set: number, x: number) => attacks.some(([a, b]) => b === x && set & (1 << a));
  const conflictFree = (set: number) => !attacks.some(([a, b]) => set & (1 << a) && set & (1 << b));
  const defends = (set: number, x: number) => attacks.every(([a, b]) => b !== x || attackedBy(set, a));
  const args = Array.from({ length: n }, (_, i) => i);
  const members = (set: number) => args.filter((i) => set & (1 << i));
  const all = Array.from({ length: 1 << n }, (_, s) => s);
  const admissible = all.filter((s) => conflictFree(s) && members(s).every((x) => defends(s, x)));
  const complete = admissible.filter((s) => args.every((x) => !defends(s, x) || s & (1 << x)));
  const sub = (a: number, b: number) => (a & b) === a;
  const labelsOf = (s: number): DungLabel[] => args.map((x) => (s & (1 << x) ? 'IN' : attackedBy(s, x) ? 'OUT' : 'UNDEC'));
  return {
    grounded: complete.filter((s) => complete.every((t) => sub(s, t))),
    preferred: admissible.filter((s) => !admissible.some((t) => t !== s && sub(s, t))),
    stable: all.filter((s) => conflictFree(s) && args.every((x) => s & (1 << x) || attackedBy(s, x))),
    labelsOf,
    labels: (s: number) => labelsOf(s).join(' '),
  };
}

/** A random framework: n arguments, each pair attacking with the given density, each argument attacking itself with `selfAttack`. */
export function randomFramework(next: () => number, { maxArgs = 8, selfAttack = 0 } = {}): { n: number; attacks: [number, number][] } {
  const n = 1 + Math.floor(next() * maxArgs);
  const density = 0.1 + next() * 0.3;
  const attacks: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (next() < (a === b && selfAttack ? selfAttack : density)) attacks.push([a, b]);
  return { n, attacks };
}

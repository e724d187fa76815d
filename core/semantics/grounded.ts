import { IN, OUT, UNDEC, UNKNOWN, type Program, positiveMet } from './program';

/**
 * The grounded labelling: the well-founded model of the map's program (see program.ts).
 *
 * Two steps alternate until neither changes anything:
 * 1. local propagation, in linear time: an atom is IN once no attacker can hold and its
 *    support is met; OUT once an attacker is IN or its support has failed;
 * 2. the unfounded-set check: atoms that could only ever hold by going round a circle of
 *    support (A because B, B because A) are OUT, and step 1 carries that on.
 * Attack chains are settled by step 1 alone, so long chains cost no extra passes.
 */
export function groundedLabels(p: Program): Uint8Array {
  const n = p.ids.length;
  const label = new Uint8Array(n);
  const posIn = new Int32Array(n);
  const posOut = new Int32Array(n);
  const attIn = new Int32Array(n);
  const attOut = new Int32Array(n);
  const queue: number[] = [];

  const localLabel = (x: number): number => {
    if (p.forced[x]) return p.forced[x];
    if (attIn[x] > 0) return OUT;
    const need = p.pos[x].length;
    const failed = x < p.statementCount ? need > 0 && posOut[x] === need : posOut[x] > 0;
    if (failed) return OUT;
    return attOut[x] === p.attackers[x].length && positiveMet(p, x, posIn[x]) ? IN : UNKNOWN;
  };
  const decide = (x: number, l = localLabel(x)) => {
    if (label[x] || !l) return;
    label[x] = l;
    queue.push(x);
  };
  const propagate = () => {
    while (queue.length) {
      const x = queue.pop()!;
      const isIn = label[x] === IN;
      for (const y of p.posUsers[x]) {
        if (isIn) posIn[y]++;
        else posOut[y]++;
        decide(y);
      }
      for (const y of p.attacks[x]) {
        if (isIn) attIn[y]++;
        else attOut[y]++;
        decide(y);
      }
    }
  };

  for (let x = 0; x < n; x++) decide(x);
  for (;;) {
    propagate();
    const possible = possiblyHolding(p, label, attIn);
    let found = false;
    for (let x = 0; x < n; x++) {
      if (label[x] === UNKNOWN && !possible[x]) {
        decide(x, OUT);
        found = true;
      }
    }
    if (!found) break;
  }
  for (let x = 0; x < n; x++) if (label[x] === UNKNOWN) label[x] = UNDEC;
  return label;
}

/** Atoms that can still be derived without an IN attacker and without circular support. */
function possiblyHolding(p: Program, label: Uint8Array, attIn: Int32Array): Uint8Array {
  const n = p.ids.length;
  const count = new Int32Array(n);
  const result = new Uint8Array(n);
  const stack: number[] = [];
  const eligible = (x: number) => label[x] !== OUT && (label[x] === IN || attIn[x] === 0);
  for (let x = 0; x < n; x++) {
    if (eligible(x) && (label[x] === IN || positiveMet(p, x, 0))) {
      result[x] = 1;
      stack.push(x);
    }
  }
  while (stack.length) {
    const x = stack.pop()!;
    for (const y of p.posUsers[x]) {
      if (result[y] || !eligible(y)) continue;
      if (positiveMet(p, y, ++count[y])) {
        result[y] = 1;
        stack.push(y);
      }
    }
  }
  return result;
}

import { getRelations } from '../model/relations';
import type { ArgumentMap, Id, Inference } from '../model/types';

/**
 * The map as a small logic program. Every statement and every inference is an "atom" that a
 * labelling marks IN (holds), OUT (does not hold) or UNDEC (undecided):
 *
 *   inference i  holds when all its premises hold and none of its undercuts holds
 *                (an attack inference is an attacker only through its premises);
 *   statement s  holds when no attack on it holds and, if anything supports it, at least one
 *                of its support inferences holds (a statement nothing supports is a premise);
 *   accept s     makes s a fact; reject s takes away every way for s to hold.
 *
 * "None holds" is negation as failure, so a map is a normal logic program and its 3-valued
 * stable models are the complete labellings. For a map of single-premise attacks only this is
 * exactly Dung's framework (Wu, Caminada & Gabbay 2009), so grounded, preferred and stable
 * agree with Dung there; positive cycles (circular support) are unfounded, hence OUT.
 */

export const UNKNOWN = 0;
export const IN = 1;
export const OUT = 2;
export const UNDEC = 3;

export interface Program {
  readonly ids: readonly Id[];
  readonly index: ReadonlyMap<Id, number>;
  /** Atoms below this index are statements; the rest are inferences. */
  readonly statementCount: number;
  /** Statement: its support inferences (one suffices; none = a premise). Inference: its premises (all needed). */
  readonly pos: readonly (readonly number[])[];
  /** Attack inferences aimed at the atom: attacks on a statement, undercuts of an inference. */
  readonly attackers: readonly (readonly number[])[];
  /** Reverse of pos: the atoms that need this one. */
  readonly posUsers: readonly (readonly number[])[];
  /** Reverse of attackers: what an attack inference attacks (one atom, or none). */
  readonly attacks: readonly (readonly number[])[];
  /** The attack inferences: the only atoms that occur negated, so the only real choices. */
  readonly defeaters: readonly number[];
  /** IN for an accepted atom, OUT for a rejected one, UNKNOWN otherwise. */
  readonly forced: Uint8Array;
}

/** A what-if or evaluation request that cannot be met; the message is for the user. */
export class EvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

/** Compiles a (valid) map and the what-if choices into index arrays. */
export function compileProgram(map: ArgumentMap, accept: readonly Id[] = [], reject: readonly Id[] = []): Program {
  const relations = getRelations(map);
  const ids = [...relations.statements.keys(), ...relations.inferences.keys()];
  const index = new Map<Id, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const lists = (): number[][] => Array.from({ length: n }, () => []);
  const pos = lists();
  const attackers = lists();
  const posUsers = lists();
  const attacks = lists();
  const defeaters: number[] = [];
  const at = (inf: Inference) => index.get(inf.id)!;
  ids.forEach((id, x) => {
    for (const inf of relations.into(id)) (relations.kind(inf) === 'support' ? pos : attackers)[x].push(at(inf));
    const inf = relations.inferences.get(id);
    if (!inf) return void posUsers[x].push(...relations.outOf(id).map(at));
    pos[x].push(...inf.premises.map((p) => index.get(p)!));
    if (relations.kind(inf) === 'support') posUsers[x].push(index.get(inf.target)!);
    else {
      attacks[x].push(index.get(inf.target)!);
      defeaters.push(x);
    }
  });
  const forced = new Uint8Array(n);
  const force = (list: readonly Id[], label: number, flag: string) => {
    for (const id of list) {
      const i = index.get(id);
      if (i === undefined) throw new EvaluationError(`${flag}: there is no statement or inference with id "${id}"`);
      if (forced[i] && forced[i] !== label) throw new EvaluationError(`"${id}" cannot be both accepted and rejected`);
      forced[i] = label;
    }
  };
  force(accept, IN, 'accept');
  force(reject, OUT, 'reject');
  return { ids, index, statementCount: relations.statements.size, pos, attackers, posUsers, attacks, defeaters, forced };
}

/** Whether the atom's positive condition is met when `count` of its positive dependencies hold. */
export function positiveMet(p: Program, atom: number, count: number): boolean {
  const need = p.pos[atom].length;
  return atom < p.statementCount ? need === 0 || count > 0 : count === need;
}

/**
 * The least set of atoms derivable when an attack inference `a` counts as not holding exactly
 * when `notHolding(a)`: the Gelfond–Lifschitz operator Γ, in time linear in the map.
 */
export function derive(p: Program, notHolding: (attacker: number) => boolean): Uint8Array {
  const n = p.ids.length;
  const eligible = new Uint8Array(n);
  const count = new Int32Array(n);
  const result = new Uint8Array(n);
  const stack: number[] = [];
  for (let x = 0; x < n; x++) {
    eligible[x] = p.forced[x] === IN || (p.forced[x] !== OUT && p.attackers[x].every(notHolding)) ? 1 : 0;
    if (eligible[x] && (p.forced[x] === IN || positiveMet(p, x, 0))) {
      result[x] = 1;
      stack.push(x);
    }
  }
  while (stack.length) {
    const x = stack.pop()!;
    for (const y of p.posUsers[x]) {
      if (result[y] || !eligible[y]) continue;
      if (positiveMet(p, y, ++count[y])) {
        result[y] = 1;
        stack.push(y);
      }
    }
  }
  return result;
}

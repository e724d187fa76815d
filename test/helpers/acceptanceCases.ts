/**
 * Maps for the acceptance tests and bench, as sketch relations (test/core/semantics/sketch.ts).
 *
 * Floating reinstatements in a row: a_i ⇄ b_i, both attack c_i, c_i attacks d_i, and for the
 * first `joined` ones d_(i-1) attacks c_i, which makes them one connected group with 2^joined
 * preferred outcomes. In every one c_i is OUT and d_i IN (d_i is reinstated by whichever of
 * a_i, b_i holds), although grounded semantics leaves all of them UNDEC.
 */
export const floatingChain = (count: number, joined = count): string[] =>
  Array.from({ length: count }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`, `a${i} -x c${i}`, `b${i} -x c${i}`, `c${i} -x d${i}`, ...(i && i < joined ? [`d${i - 1} -x c${i}`] : [])]).flat();

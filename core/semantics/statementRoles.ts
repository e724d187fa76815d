import type { ArgumentMap, Statement } from '../model/types';
import { getRelations } from '../model/relations';

/**
 * The part a statement plays in the argument, read from its kind and its relations (the source
 * panel colours each sentence of a text by it). Worked examples (A supports T, B attacks T,
 * C attacks B, D supports nothing and nothing supports it):
 *   T (kind thesis)            → thesis
 *   A (claim, supports T)      → reason;  the same with kind evidence → evidence
 *   B (attacks T)              → objection
 *   C (attacks an attacker)    → rebuttal (also when C undercuts B's inference)
 *   E (only argued for)        → conclusion
 *   D (no relation), or a note → context
 * Dialectical roles (objection, rebuttal) win over kinds; kinds win over plain support.
 */
export const STATEMENT_ROLES = ['thesis', 'reason', 'objection', 'rebuttal', 'evidence', 'assumption', 'question', 'conclusion', 'context'] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];

/** The role of every statement of the map. */
export function getStatementRoles(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Map<string, StatementRole> {
  const relations = getRelations(map);
  const attackers = new Set<string>(map.inferences.filter((i) => i.polarity === 'attack').flatMap((i) => i.premises));
  const supporters = new Set(map.inferences.filter((i) => i.polarity === 'support').flatMap((i) => i.premises));
  const targets = new Set(map.inferences.map((i) => i.target));
  const rebutters = new Set<string>();
  for (const inf of map.inferences) {
    if (inf.polarity !== 'attack') continue;
    const undercut = relations.inferences.get(inf.target);
    const answersAttack = undercut ? undercut.polarity === 'attack' : attackers.has(inf.target);
    if (answersAttack) inf.premises.forEach((p) => rebutters.add(p));
  }
  const roleOf = (s: Statement): StatementRole => {
    if (s.kind === 'thesis') return 'thesis';
    if (s.kind === 'question') return 'question';
    if (rebutters.has(s.id)) return 'rebuttal';
    if (attackers.has(s.id)) return 'objection';
    if (s.kind === 'evidence') return 'evidence';
    if (s.kind === 'assumption') return 'assumption';
    if (s.kind === 'note') return 'context';
    if (supporters.has(s.id)) return 'reason';
    if (targets.has(s.id)) return 'conclusion';
    return 'context';
  };
  return new Map(map.statements.map((s) => [s.id, roleOf(s)]));
}

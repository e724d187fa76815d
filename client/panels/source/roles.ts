import { type ArgumentMap, type Statement, getRelations } from '../../../core/model';

/**
 * The part a statement plays in the argument, read from its kind and its relations, so the
 * source text can show what each sentence does. Worked examples (A supports T, B attacks T,
 * C attacks B, D supports nothing and nothing supports it):
 *   T (kind thesis)            → thesis
 *   A (claim, supports T)      → reason;  the same with kind evidence → evidence
 *   B (attacks T)              → objection
 *   C (attacks an attacker)    → rebuttal (also when C undercuts B's inference)
 *   E (only argued for)        → conclusion
 *   D (no relation), or a note → context
 * Dialectical roles (objection, rebuttal) win over kinds; kinds win over plain support.
 */
export const SOURCE_ROLES = ['thesis', 'reason', 'objection', 'rebuttal', 'evidence', 'assumption', 'question', 'conclusion', 'context'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

export interface RoleInfo {
  readonly label: string;
  /** Printed before each span, so colour is never the only clue. */
  readonly short: string;
  readonly description: string;
}

export const ROLE_INFO: Readonly<Record<SourceRole, RoleInfo>> = {
  thesis: { label: 'Thesis', short: 'T', description: 'the main claim of the text' },
  reason: { label: 'Reason', short: 'R', description: 'supports another statement' },
  objection: { label: 'Objection', short: 'O', description: 'attacks a statement or an inference' },
  rebuttal: { label: 'Rebuttal', short: 'Rb', description: 'answers an objection' },
  evidence: { label: 'Evidence', short: 'E', description: 'a fact or report given in support' },
  assumption: { label: 'Assumption', short: 'A', description: 'taken for granted by an argument' },
  question: { label: 'Question', short: 'Q', description: 'an open question the text raises' },
  conclusion: { label: 'Conclusion', short: 'C', description: 'argued for, but supports nothing itself' },
  context: { label: 'Context', short: 'Cx', description: 'background, not linked to the argument' },
};

/** The role of every statement of the map. */
export function getStatementRoles(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Map<string, SourceRole> {
  const relations = getRelations(map);
  const attackers = new Set(map.inferences.filter((i) => i.polarity === 'attack').flatMap((i) => i.premises));
  const supporters = new Set(map.inferences.filter((i) => i.polarity === 'support').flatMap((i) => i.premises));
  const targets = new Set(map.inferences.map((i) => i.target));
  const rebutters = new Set<string>();
  for (const inf of map.inferences) {
    if (inf.polarity !== 'attack') continue;
    const undercut = relations.inferences.get(inf.target);
    const answersAttack = undercut ? undercut.polarity === 'attack' : attackers.has(inf.target);
    if (answersAttack) inf.premises.forEach((p) => rebutters.add(p));
  }
  const roleOf = (s: Statement): SourceRole => {
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

import type { StatementRole } from '../../../core/semantics/statementRoles';

/** How the source panel names each statement role (core/semantics/statementRoles.ts). */
export interface RoleInfo {
  readonly label: string;
  /** Printed before each span, so colour is never the only clue. */
  readonly short: string;
  readonly description: string;
}

export const ROLE_INFO: Readonly<Record<StatementRole, RoleInfo>> = {
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


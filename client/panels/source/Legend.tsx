import { STATEMENT_ROLES, type StatementRole } from '../../../core/semantics/statementRoles';
import { ROLE_INFO } from './roles';

/** Which colour, line and letter stand for which role; only the roles present are listed. */
export function Legend({ present }: { present: ReadonlySet<StatementRole> }) {
  const roles = STATEMENT_ROLES.filter((r) => present.has(r));
  if (roles.length === 0) return null;
  return (
    <ul className="source-legend" aria-label="Highlight legend">
      {roles.map((r) => (
        <li key={r} title={`${ROLE_INFO[r].label}: ${ROLE_INFO[r].description}`}>
          <span className={`src-mark role-${r} is-start legend-sample`} data-label={ROLE_INFO[r].short}>{ROLE_INFO[r].label}</span>
        </li>
      ))}
    </ul>
  );
}

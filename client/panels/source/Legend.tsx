import { ROLE_INFO, SOURCE_ROLES, type SourceRole } from './roles';

/** Which colour, line and letter stand for which role; only the roles present are listed. */
export function Legend({ present }: { present: ReadonlySet<SourceRole> }) {
  const roles = SOURCE_ROLES.filter((r) => present.has(r));
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

import { useDeferredValue, useMemo } from 'react';
import { lint, lintRules } from '../../../core/semantics';
import { useEditor } from '../../EditorContext';
import { focusItem } from '../../workshop/useWorkshop';

/** The critique checks, grouped by rule, live; each finding selects and centres what it is about. */
export function LintSection() {
  const editor = useEditor();
  const map = useDeferredValue(editor.useState((s) => s.map));
  const findings = useMemo(() => lint(map), [map]);
  const groups = lintRules.map((rule) => ({ rule, findings: findings.filter((f) => f.rule === rule.id) })).filter((g) => g.findings.length > 0);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className="ws-section" aria-labelledby="ws-lint-title">
      <h2 id="ws-lint-title">Critique checks <span className="ws-count">{findings.length}</span></h2>
      <p className="ws-hint">
        {findings.length === 0 ? 'Nothing a facilitator would question in the shape of the map.' : `${warnings} warning${warnings === 1 ? '' : 's'}, ${findings.length - warnings} to consider. Prompts for the group, not errors.`}
      </p>
      {groups.map(({ rule, findings: list }) => (
        <details key={rule.id} className={`ws-lint ws-lint-${rule.severity}`} open={list.length <= 4}>
          <summary>
            <span className="ws-severity">{rule.severity}</span> <code>{rule.id}</code> <span className="ws-count">{list.length}</span>
            <span className="ws-rule-summary">{rule.summary}</span>
          </summary>
          <ul>
            {list.map((f, i) => (
              <li key={`${f.target}-${i}`}>
                <button type="button" className="ws-finding" onClick={() => focusItem(editor.store, map.statements.some((s) => s.id === f.target) ? f.target : (f.related?.[0] ?? f.target))}>{f.message}</button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

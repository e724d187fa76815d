import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { RELATION_KINDS, STATEMENT_KINDS } from '../../core/model';
import { useEditor } from '../EditorContext';
import { type ViewFilters, NO_FILTERS, countFilters, getRelationRoles, getTagCounts } from './filter';
import { useView } from './useView';
import { setFilters } from './viewCommands';

const KIND_LABEL: Record<string, string> = {
  thesis: 'Thesis', claim: 'Claim', evidence: 'Evidence', assumption: 'Assumption', question: 'Question', note: 'Note',
  support: 'Supports', attack: 'Attacks', undercut: 'Undercuts',
};

type Key = keyof ViewFilters;

function Choice({ group, value, label, count, filters, onChange }: {
  group: Key; value: string; label: string; count: number; filters: ViewFilters; onChange: (f: ViewFilters) => void;
}) {
  const list = filters[group] as readonly string[];
  const checked = list.includes(value);
  return (
    <label className={`filter-choice filter-${group}-${value}`}>
      <input type="checkbox" checked={checked}
        onChange={() => onChange({ ...filters, [group]: checked ? list.filter((v) => v !== value) : [...list, value] })} />
      <span className="filter-label">{label}</span>
      <span className="filter-count" aria-label={`${count} statements`}>{count}</span>
    </label>
  );
}

/** Kinds, relations and tags to keep: within a group any may match, across groups all must. */
export function FilterPopover({ onClose, anchor }: { onClose: (refocus: boolean) => void; anchor: RefObject<HTMLButtonElement | null> }) {
  const editor = useEditor();
  const map = editor.useState((s) => s.map);
  const filters = useView((s) => s.filters);
  const shown = useView((s) => map.statements.length - s.view.byFilter.size);
  const ref = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const kinds = new Map<string, number>();
    for (const s of map.statements) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    const relations = new Map<string, number>();
    for (const roles of getRelationRoles(map).values()) for (const r of roles) relations.set(r, (relations.get(r) ?? 0) + 1);
    return { kinds, relations, tags: getTagCounts(map) };
  }, [map]);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    ref.current?.querySelector('input')?.focus();
    // A press anywhere else closes it, as menus do; the Filter button toggles it itself.
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!ref.current?.contains(t) && !anchor.current?.contains(t)) closeRef.current(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [anchor]);
  const change = (f: ViewFilters) => setFilters(editor.store, f);
  const choice = (group: Key, value: string, count: number) => (
    <Choice key={value} group={group} value={value} label={KIND_LABEL[value] ?? `#${value}`} count={count} filters={filters} onChange={change} />
  );
  return (
    <div ref={ref} id="view-filters" className="filter-popover" role="dialog" aria-label="Filters"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose(true);
      }}>
      <fieldset>
        <legend>Kind</legend>
        {STATEMENT_KINDS.filter((k) => counts.kinds.has(k)).map((k) => choice('kinds', k, counts.kinds.get(k)!))}
      </fieldset>
      <fieldset>
        <legend>Takes part in</legend>
        {RELATION_KINDS.map((r) => choice('relations', r, counts.relations.get(r) ?? 0))}
      </fieldset>
      {counts.tags.length > 0 && (
        <fieldset className="filter-tags">
          <legend>Tags</legend>
          {counts.tags.map(([t, n]) => choice('tags', t, n))}
        </fieldset>
      )}
      <div className="filter-footer">
        <span className="muted" role="status">{countFilters(filters) > 0 ? `${shown} of ${map.statements.length} match` : 'No filter: all shown'}</span>
        <button type="button" disabled={countFilters(filters) === 0} onClick={() => change(NO_FILTERS)}>Clear</button>
        <button type="button" onClick={() => onClose(true)}>Done</button>
      </div>
    </div>
  );
}

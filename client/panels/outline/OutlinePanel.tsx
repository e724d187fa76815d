import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getRelations } from '../../../core/model/relations';
import type { StatementId } from '../../../core/model';
import { type OutlineNode, buildOutline } from '../../../core/outline/buildOutline';
import { useEditor } from '../../EditorContext';
import type { PanelProps } from '../panelProps';
import { addPremise, reattach, swapOrder } from './outlineEdits';
import { useAnnouncements } from './useAnnouncements';

interface Row {
  readonly node: OutlineNode;
  readonly level: number;
  readonly parent?: Row;
  readonly siblings: readonly OutlineNode[];
}

const ROLE_LABEL = { root: 'Thesis', reason: 'Reason', objection: 'Objection', undercut: 'Undercut', premise: 'Premise' } as const;

function flatten(nodes: readonly OutlineNode[], collapsed: ReadonlySet<string>, level = 1, parent?: Row): Row[] {
  return nodes.flatMap((node) => {
    const row: Row = { node, level, parent, siblings: nodes };
    return [row, ...(collapsed.has(node.key) ? [] : flatten(node.children, collapsed, level + 1, row))];
  });
}

/** The map as a tree (ARIA tree pattern), edited from the keyboard; others' edits are announced politely. */
export function OutlinePanel({ ctx }: PanelProps) {
  const editor = useEditor();
  const store = editor.store;
  const map = editor.useState((s) => s.map);
  const tree = useMemo(() => buildOutline(map), [map]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => flatten(tree, collapsed), [tree, collapsed]);
  const [focusKey, setFocusKey] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ key: string; id: StatementId } | undefined>();
  const [pendingFocus, setPendingFocus] = useState<StatementId | undefined>();
  const announcement = useAnnouncements(store);
  const treeRef = useRef<HTMLUListElement>(null);
  const lastStatement = useRef<string | undefined>(undefined);
  const inTree = useRef(false);
  // A re-attached or moved item gets a new key: follow its statement.
  const current = rows.find((r) => r.node.key === focusKey) ?? rows.find((r) => r.node.statement?.id === lastStatement.current) ?? rows[0];
  useEffect(() => {
    if (inTree.current && !editing && document.activeElement === document.body) treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  });
  if (pendingFocus) {
    const row = rows.find((r) => r.node.statement?.id === pendingFocus && r.parent?.node.key === current?.node.key) ?? rows.find((r) => r.node.statement?.id === pendingFocus);
    if (row) {
      setPendingFocus(undefined);
      setFocusKey(row.node.key);
      lastStatement.current = pendingFocus;
      setEditing({ key: row.node.key, id: pendingFocus });
    }
  }
  const focusRow = (row: Row | undefined) => {
    if (!row) return;
    setFocusKey(row.node.key);
    lastStatement.current = row.node.statement?.id;
    inTree.current = true;
    if (row.node.statement) store.select([row.node.statement.id], { center: true });
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.node.key)}"]`)?.focus());
  };
  const toggle = (key: string, open: boolean) => setCollapsed((c) => {
    const next = new Set(c);
    if (open) next.delete(key);
    else next.add(key);
    return next;
  });
  const add = (polarity: 'support' | 'attack') => {
    const target = current?.node.statement?.id;
    if (!target) return ctx.notify('Move to a statement first, then add a reason or an objection to it.');
    const id = addPremise(store, target, polarity);
    if (id) setPendingFocus(id);
  };
  const report = (refused: string | undefined) => refused && ctx.notify(refused);
  const onKeyDown = (e: KeyboardEvent) => {
    if (editing || !current) return;
    inTree.current = true;
    lastStatement.current = current.node.statement?.id;
    const i = rows.indexOf(current);
    const node = current.node;
    const siblingIndex = current.siblings.indexOf(node);
    const handled = () => e.preventDefault();
    const go = (row: Row | undefined) => {
      handled();
      focusRow(row);
    };
    const adding = (polarity: 'support' | 'attack') => {
      handled();
      add(polarity);
    };
    if (e.altKey && e.key === 'ArrowRight') {
      handled();
      report(reattach(store, node, current.siblings[siblingIndex - 1]?.statement?.id));
    } else if (e.altKey && e.key === 'ArrowLeft') {
      handled();
      report(reattach(store, node, current.parent?.parent?.node.statement?.id));
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      handled();
      const other = current.siblings[siblingIndex + (e.key === 'ArrowUp' ? -1 : 1)];
      report(other ? swapOrder(store, node, other) : 'Nothing to swap with there.');
    } else if (e.key === 'ArrowDown') go(rows[i + 1]);
    else if (e.key === 'ArrowUp') go(rows[i - 1]);
    else if (e.key === 'Home') go(rows[0]);
    else if (e.key === 'End') go(rows.at(-1));
    else if (e.key === 'ArrowRight') {
      handled();
      if (node.children.length && collapsed.has(node.key)) toggle(node.key, true);
      else if (node.children.length) focusRow(rows[i + 1]);
    } else if (e.key === 'ArrowLeft') {
      handled();
      if (node.children.length && !collapsed.has(node.key)) toggle(node.key, false);
      else focusRow(current.parent);
    } else if ((e.key === 'Enter' || e.key === 'F2') && node.statement) {
      handled();
      setEditing({ key: node.key, id: node.statement.id });
    } else if (e.key.toLowerCase() === 'r' && !e.ctrlKey && !e.metaKey) adding('support');
    else if (e.key.toLowerCase() === 'o' && !e.ctrlKey && !e.metaKey) adding('attack');
  };
  const commit = (id: StatementId, text: string) => {
    setEditing(undefined);
    const before = map.statements.find((s) => s.id === id)?.text ?? '';
    // A one-line input drops line breaks from the text it shows: unchanged means unchanged without them.
    if (text.trim() !== before.replace(/[\r\n]/g, '').trim()) report(store.dispatch([{ type: 'setStatementText', id, text: text.trim() }]));
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus());
  };
  return (
    <div className="outline">
      <div className="outline-tools" role="toolbar" aria-label="Outline editing">
        <button type="button" onClick={() => add('support')}>Add a reason</button>
        <button type="button" onClick={() => add('attack')}>Add an objection</button>
        <button type="button" disabled={!current?.node.statement} onClick={() => current?.node.statement && setEditing({ key: current.node.key, id: current.node.statement.id })}>Edit</button>
      </div>
      <p className="muted outline-hint">Arrows move, → ← open and close, Enter edits, R adds a reason, O an objection, Alt+→ / Alt+← re-attach under the item above / one level up, Alt+↑ / Alt+↓ reorder.</p>
      <ul className="outline-tree" role="tree" aria-label="Outline of the map" ref={treeRef} onKeyDown={onKeyDown}>
        {rows.map((row) => {
          const { node } = row;
          const isCurrent = row === current;
          const text = node.statement ? node.statement.text || '(empty)' : `${node.inference!.premises.length} linked premises`;
          return (
            <li key={node.key} role="treeitem" aria-level={row.level} aria-selected={isCurrent}
              aria-expanded={node.children.length ? !collapsed.has(node.key) : undefined}
              aria-label={`${ROLE_LABEL[node.role]}${node.inference && getRelations(map).isLinked(node.inference) && node.statement ? ' (linked)' : ''}: ${text}`}
              tabIndex={isCurrent ? 0 : -1} data-key={node.key} data-statement-id={node.statement?.id}
              className={`outline-item role-${node.role}${isCurrent ? ' current' : ''}`} style={{ paddingLeft: `${(row.level - 1) * 18 + 6}px` }}
              onClick={(e) => { e.stopPropagation(); focusRow(row); }}>
              <span className="outline-role" aria-hidden="true">{ROLE_LABEL[node.role]}</span>{' '}
              {editing?.key === node.key ? (
                <input className="outline-input" aria-label="Statement text" defaultValue={node.statement?.text} autoFocus
                  onKeyDown={(e) => {
                    e.stopPropagation();
                    if (e.key === 'Enter') commit(editing.id, e.currentTarget.value);
                    if (e.key === 'Escape') setEditing(undefined);
                  }}
                  onBlur={(e) => editing && commit(editing.id, e.currentTarget.value)} />
              ) : (
                <span className="outline-text" aria-hidden="true">{text}{node.repeated ? ' ↺' : ''}</span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="sr-only" role="status" aria-live="polite">{announcement}</div>
    </div>
  );
}

import { getNodeId, getRelations } from '../../core/model';
import { Fragment } from 'react';
import { useEditor } from '../EditorContext';
import { focusItem } from './useWorkshop';

/** “Text” (id): how explanations and findings name what they talk about. */
const NAMED = /“([^”]*)” \(([A-Za-z0-9_][A-Za-z0-9_.:-]*)\)/g;

/**
 * An explanation or finding, with every statement or inference it names turned into a link
 * that selects it and centres the canvas on it.
 */
export function ExplainText({ text }: { text: string }) {
  const { store } = useEditor();
  const map = store.state.getState().map;
  const relations = getRelations(map);
  const known = (id: string) => getNodeId(relations, id) !== undefined;
  const parts: (string | { quote: string; id: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(NAMED)) {
    if (!known(m[2])) continue;
    parts.push(text.slice(last, m.index), { quote: m[1], id: m[2] });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <span className="explain-text">
      {parts.map((p, i) => (typeof p === 'string' ? <Fragment key={i}>{p}</Fragment> : (
        <button key={i} type="button" className="link" title={`Select and show ${p.id}`} onClick={() => focusItem(store, p.id)}>“{p.quote}”</button>
      )))}
    </span>
  );
}

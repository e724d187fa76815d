import type { ActionContext } from '../actions/action';
import { useEditor } from '../EditorContext';
import { FilterMenu } from './FilterMenu';
import { useView } from './useView';
import { changeFocusDepth, openSearch, showAll, toggleCollapse, toggleFocus } from './viewCommands';
import { MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from './viewHidden';
import { CollapseIcon, FocusIcon, SearchIcon } from './icons';
import { hasBranch } from './collapse';

/** Over the canvas, top left: collapse, focus mode and its depth, filters, find, and how much the view hides. */
export function ViewBar({ ctx }: { ctx: ActionContext }) {
  const editor = useEditor();
  const total = editor.useState((s) => s.map.statements.length);
  const focusOn = useView((s) => s.focusIds !== null);
  const depth = useView((s) => s.focusDepth);
  const hidden = useView((s) => s.view.hidden.size);
  const shown = total - hidden;
  const mine = useView((s) => s.collapsedIds);
  const collapse = editor.useState((s) => {
    const chosen = s.map.statements.filter((st) => s.selected.has(st.id));
    if (chosen.some((st) => !mine.has(st.id) && hasBranch(s.map, st.id))) return 'collapse';
    return chosen.some((st) => mine.has(st.id)) ? 'expand' : 'none';
  });
  return (
    <div className="view-bar" role="toolbar" aria-label="View">
      <button type="button" className="view-button" disabled={collapse === 'none'} onClick={() => toggleCollapse(ctx)}
        title={collapse === 'none' ? 'Select a statement with reasons or objections to collapse its branch (C)' : `${collapse === 'expand' ? 'Expand' : 'Collapse'} the branch under the selection (C)`}>
        <CollapseIcon expand={collapse === 'expand'} />{collapse === 'expand' ? 'Expand' : 'Collapse'}
      </button>
      <button type="button" className="view-button" aria-pressed={focusOn} onClick={() => toggleFocus(ctx)}
        title="Show only the statements near the selection (F)">
        <FocusIcon />Focus
      </button>
      {focusOn && (
        <span className="focus-depth" role="group" aria-label="Focus depth">
          <button type="button" aria-label="One step less around the selection" title="One step less"
            disabled={depth <= MIN_FOCUS_DEPTH} onClick={() => changeFocusDepth(ctx, -1)}>−</button>
          <span className="focus-depth-value" aria-live="polite">{depth} {depth === 1 ? 'step' : 'steps'}</span>
          <button type="button" aria-label="One step more around the selection" title="One step more"
            disabled={depth >= MAX_FOCUS_DEPTH} onClick={() => changeFocusDepth(ctx, 1)}>+</button>
        </span>
      )}
      <FilterMenu />
      <button type="button" className="view-button" onClick={() => openSearch(editor.store)} title="Find statements by text or tag (Ctrl+F)">
        <SearchIcon />Find
      </button>
      <span className="view-status" role="status">
        {hidden > 0 && `${shown} of ${total} statements shown`}
      </span>
      {hidden > 0 && (
        <button type="button" className="view-button show-all" onClick={() => showAll(editor.store)}
          title="Leave focus, clear the filters and expand collapsed branches">
          Show all
        </button>
      )}
    </div>
  );
}

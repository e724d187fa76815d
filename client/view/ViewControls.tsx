import type { ActionContext } from '../actions/action';
import { SearchBox } from './SearchBox';
import { ViewBar } from './ViewBar';
import { useViewState } from './useViewState';

/** Everything the view puts over the canvas: the view bar (focus, filters, what is hidden) and the search box. */
export function ViewControls({ ctx }: { ctx: ActionContext }) {
  useViewState(ctx.store);
  return (
    <>
      <ViewBar ctx={ctx} />
      <SearchBox />
    </>
  );
}

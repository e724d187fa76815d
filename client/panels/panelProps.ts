import type { ActionContext } from '../actions/action';

/** What every side panel receives. */
export interface PanelProps {
  readonly ctx: ActionContext;
}

import type { ComponentType } from 'react';
import type { ActionContext } from '../actions/action';
import { InspectorPanel } from './InspectorPanel';

export interface PanelProps {
  readonly ctx: ActionContext;
}

/** A side panel tab. Features add theirs here; the order is the tab order. */
export interface PanelDef {
  readonly id: string;
  readonly label: string;
  readonly Component: ComponentType<PanelProps>;
}

export const panels: readonly PanelDef[] = [
  { id: 'inspector', label: 'Inspector', Component: InspectorPanel },
];

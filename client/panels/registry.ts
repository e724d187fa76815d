import { lazy, type ComponentType } from 'react';
import type { PanelProps } from './panelProps';
import { InspectorPanel } from './InspectorPanel';

/** A side panel tab. Features add theirs here; the order is the tab order. */
export interface PanelDef {
  readonly id: string;
  readonly label: string;
  readonly Component: ComponentType<PanelProps>;
}

/**
 * A panel loaded on first open: its code (and what only it needs: parsers, figure renderers,
 * the PDF writer) stays out of the first screen's JavaScript. SidePanel shows a short
 * "Loading…" while the chunk arrives.
 */
const lazyPanel = <K extends string>(load: () => Promise<Record<K, ComponentType<PanelProps>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const panels: readonly PanelDef[] = [
  { id: 'source', label: 'Source', Component: lazyPanel(() => import('./source/SourcePanel'), 'SourcePanel') },
  { id: 'inspector', label: 'Inspector', Component: InspectorPanel },
  { id: 'outline', label: 'Outline', Component: lazyPanel(() => import('./outline/OutlinePanel'), 'OutlinePanel') },
  { id: 'argdown', label: 'Argdown', Component: lazyPanel(() => import('./argdown/ArgdownPane'), 'ArgdownPane') },
  { id: 'critique', label: 'Critique', Component: lazyPanel(() => import('./critique/CritiquePanel'), 'CritiquePanel') },
  { id: 'workshop', label: 'Workshop', Component: lazyPanel(() => import('./workshop/WorkshopPanel'), 'WorkshopPanel') },
  { id: 'history', label: 'History', Component: lazyPanel(() => import('./history/HistoryPanel'), 'HistoryPanel') },
  { id: 'share', label: 'Share', Component: lazyPanel(() => import('./share/SharePanel'), 'SharePanel') },
  { id: 'export', label: 'Export', Component: lazyPanel(() => import('./export/ExportPanel'), 'ExportPanel') },
];

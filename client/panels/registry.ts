import type { ComponentType } from 'react';
import type { PanelProps } from './panelProps';
import { InspectorPanel } from './InspectorPanel';
import { SharePanel } from './share/SharePanel';
import { HistoryPanel } from './history/HistoryPanel';
import { SourcePanel } from './source/SourcePanel';
import { ExportPanel } from './export/ExportPanel';
import { CritiquePanel } from './critique/CritiquePanel';
import { WorkshopPanel } from './workshop/WorkshopPanel';

/** A side panel tab. Features add theirs here; the order is the tab order. */
export interface PanelDef {
  readonly id: string;
  readonly label: string;
  readonly Component: ComponentType<PanelProps>;
}

export const panels: readonly PanelDef[] = [
  { id: 'source', label: 'Source', Component: SourcePanel },
  { id: 'inspector', label: 'Inspector', Component: InspectorPanel },
  { id: 'critique', label: 'Critique', Component: CritiquePanel },
  { id: 'workshop', label: 'Workshop', Component: WorkshopPanel },
  { id: 'history', label: 'History', Component: HistoryPanel },
  { id: 'share', label: 'Share', Component: SharePanel },
  { id: 'export', label: 'Export', Component: ExportPanel },
];

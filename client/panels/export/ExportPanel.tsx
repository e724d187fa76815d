import type { PanelProps } from '../panelProps';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useFileDrop } from './useFileDrop';

/** Export the map (all of it, the selection or the current view) in any format, or import a file into it. */
export function ExportPanel({ ctx }: PanelProps) {
  // Also installed by the editor itself when it calls useFileDrop; a drop is only handled once.
  useFileDrop(ctx);
  return (
    <div className="export-panel">
      <ExportSection />
      <ImportSection ctx={ctx} />
    </div>
  );
}

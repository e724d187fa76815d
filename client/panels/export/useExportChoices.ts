import { useState } from 'react';
import type { ExportScope } from '../../io/subset';

export interface ExportChoices {
  readonly scope: ExportScope;
  readonly format: string;
  readonly legend: boolean;
  readonly page: 'fit' | 'a4' | 'letter';
  readonly scale: 1 | 2 | 4;
  readonly background: 'white' | 'transparent';
}

// Kept for the session, so closing the panel or switching tabs does not reset what was chosen.
let remembered: ExportChoices = { scope: 'map', format: 'svg', legend: true, page: 'fit', scale: 2, background: 'white' };

/** The export menu's choices, remembered while the page is open. */
export function useExportChoices(): [ExportChoices, (patch: Partial<ExportChoices>) => void] {
  const [choices, setChoices] = useState(remembered);
  const update = (patch: Partial<ExportChoices>) => setChoices((c) => (remembered = { ...c, ...patch }));
  return [choices, update];
}

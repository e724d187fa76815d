import { useState } from 'react';
import type { ExportScope } from '../../io/subset';

/** Figure-for-print choices, kept as typed so core's one parser (parseFigureOptions) reads them like the CLI's. */
export interface FigureChoices {
  /** '' (as drawn), column, text, page or a custom size such as 90mmx120mm. */
  readonly target: string;
  readonly fontSize: string;
  readonly direction: 'auto' | 'TB' | 'LR';
  readonly cardWidth: string;
  readonly from: 'all' | 'branch' | 'focus';
  readonly steps: string;
}

export interface ExportChoices {
  readonly scope: ExportScope;
  readonly format: string;
  readonly legend: boolean;
  readonly page: 'fit' | 'a4' | 'letter';
  readonly scale: 1 | 2 | 4;
  readonly background: 'white' | 'transparent';
  /** SVG: embed the font, so the file draws the same where DejaVu Sans is not installed. */
  readonly embedFonts: boolean;
  readonly figure: FigureChoices;
}

// Kept for the session, so closing the panel or switching tabs does not reset what was chosen.
let remembered: ExportChoices = { scope: 'map', format: 'svg', legend: true, page: 'fit', scale: 2, background: 'white', embedFonts: false,
  figure: { target: '', fontSize: '8', direction: 'auto', cardWidth: '', from: 'all', steps: '1' } };

/** The export menu's choices, remembered while the page is open. */
export function useExportChoices(): [ExportChoices, (patch: Partial<ExportChoices>) => void] {
  const [choices, setChoices] = useState(remembered);
  const update = (patch: Partial<ExportChoices>) => setChoices((c) => (remembered = { ...c, ...patch }));
  return [choices, update];
}

import type { FigureOptionName } from '../../../core/figure';
import type { FigureChoices } from './useExportChoices';

/**
 * The panel's figure choices as option strings by name, exactly as the CLI and the HTTP export
 * take them, so core's parseFigureOptions reads all three the same way. Null: a plain figure.
 */
export function getFigureParams(f: FigureChoices, selectedOne: string | null): Partial<Record<FigureOptionName, string>> | null {
  if (!f.target.trim()) return null;
  const from = selectedOne ? f.from : 'all';
  return {
    target: f.target.trim(),
    'font-size': f.fontSize,
    direction: f.direction,
    ...(f.cardWidth.trim() ? { 'card-width': f.cardWidth.trim() } : {}),
    ...(from !== 'all' ? { what: from, root: selectedOne!, ...(from === 'focus' ? { steps: f.steps } : {}) } : {}),
  };
}

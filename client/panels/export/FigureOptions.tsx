import type { FigureChoices } from './useExportChoices';

const TARGETS = [
  { id: '', label: 'As drawn' },
  { id: 'column', label: 'Column 3.5 in' },
  { id: 'text', label: 'Text width 7 in' },
  { id: 'page', label: 'Page' },
  { id: 'custom', label: 'Custom' },
] as const;

/** Print size, text size, direction, card width and what part of the map a figure for a paper shows. */
export function FigureOptions({ value, selectedOne, onChange }: {
  value: FigureChoices;
  /** The one selected statement, for a branch or focus figure. */
  selectedOne: string | null;
  onChange: (patch: Partial<FigureChoices>) => void;
}) {
  const preset = TARGETS.some((t) => t.id === value.target && t.id !== 'custom') ? value.target : 'custom';
  return (
    <fieldset className="export-figure">
      <legend>Figure for print</legend>
      <label htmlFor="export-target">Printed size</label>
      <select id="export-target" value={preset} onChange={(e) => onChange({ target: e.target.value === 'custom' ? '90mmx120mm' : e.target.value })}>
        {TARGETS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
      </select>
      {preset === 'custom' && (
        <input aria-label="Custom size, e.g. 90mmx120mm or 3.5in" value={value.target} onChange={(e) => onChange({ target: e.target.value })} />
      )}
      {value.target !== '' && (
        <>
          <label htmlFor="export-font-size">Text size (pt, printed)</label>
          <input id="export-font-size" type="number" min={2} max={72} step={0.5} value={value.fontSize} onChange={(e) => onChange({ fontSize: e.target.value })} />
          <label htmlFor="export-direction">Direction</label>
          <select id="export-direction" value={value.direction} onChange={(e) => onChange({ direction: e.target.value as FigureChoices['direction'] })}>
            <option value="auto">Whichever fits</option>
            <option value="TB">Top-down</option>
            <option value="LR">Left-right</option>
          </select>
          <label htmlFor="export-card-width">Widest card (e.g. 1.2in; empty: automatic)</label>
          <input id="export-card-width" value={value.cardWidth} onChange={(e) => onChange({ cardWidth: e.target.value })} />
          <label htmlFor="export-from">Show</label>
          <select id="export-from" value={selectedOne ? value.from : 'all'} disabled={!selectedOne} onChange={(e) => onChange({ from: e.target.value as FigureChoices['from'] })}>
            <option value="all">What “What” above says</option>
            <option value="branch">The selected statement’s branch</option>
            <option value="focus">Around the selected statement</option>
          </select>
          {selectedOne && value.from === 'focus' && (
            <>
              <label htmlFor="export-steps">Steps around it</label>
              <input id="export-steps" type="number" min={0} max={50} value={value.steps} onChange={(e) => onChange({ steps: e.target.value })} />
            </>
          )}
        </>
      )}
    </fieldset>
  );
}

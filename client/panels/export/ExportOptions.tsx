import { EXPORT_GROUPS, PNG_SCALES, describeFormat, isFigure } from '../../io/exportChoices';
import type { ExportScope } from '../../io/subset';
import type { ExportChoices } from './useExportChoices';

const SCOPES: readonly { id: ExportScope; label: string }[] = [
  { id: 'map', label: 'Whole map' },
  { id: 'selection', label: 'Selection' },
  { id: 'view', label: 'Current view' },
];

/** A row of mutually exclusive choices that reads as one control (radio buttons underneath). */
function Segmented<T extends string | number>({ name, legend, value, options, onChange }: {
  name: string;
  legend: string;
  value: T;
  options: readonly { id: T; label: string; note?: string; disabled?: boolean }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segments">
        {options.map((o) => (
          <label key={o.id} className={o.disabled ? 'disabled' : undefined}>
            <input type="radio" name={name} checked={value === o.id} disabled={o.disabled} onChange={() => onChange(o.id)} />
            <span>{o.label}{o.note !== undefined && <small> {o.note}</small>}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Scope, format and the options that apply to the chosen format. */
export function ExportOptions({ choices, counts, onChange }: {
  choices: ExportChoices;
  counts: Record<ExportScope, number>;
  onChange: (patch: Partial<ExportChoices>) => void;
}) {
  const { format } = choices;
  return (
    <div className="export-options">
      <Segmented name="export-scope" legend="What" value={choices.scope} onChange={(scope) => onChange({ scope })}
        options={SCOPES.map((s) => ({ ...s, note: String(counts[s.id]) }))} />
      <label htmlFor="export-format">Format</label>
      <select id="export-format" value={format} onChange={(e) => onChange({ format: e.target.value })}>
        {EXPORT_GROUPS.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.ids.map((id) => <option key={id} value={id}>{describeFormat(id).label} (.{id === 'aif' ? 'aif.json' : describeFormat(id).extension})</option>)}
          </optgroup>
        ))}
      </select>
      {format === 'png' && (
        <div className="export-row">
          <Segmented name="export-scale" legend="Scale" value={choices.scale} onChange={(scale) => onChange({ scale })}
            options={PNG_SCALES.map((s) => ({ id: s, label: `${s}×` }))} />
          <Segmented name="export-background" legend="Background" value={choices.background} onChange={(background) => onChange({ background })}
            options={[{ id: 'white', label: 'White' }, { id: 'transparent', label: 'Transparent' }]} />
        </div>
      )}
      {format === 'pdf' && (
        <Segmented name="export-page" legend="Page" value={choices.page} onChange={(page) => onChange({ page })}
          options={[{ id: 'fit', label: 'Fit figure' }, { id: 'a4', label: 'A4' }, { id: 'letter', label: 'Letter' }]} />
      )}
      {format === 'svg' && (
        <label className="checkbox">
          <input type="checkbox" checked={choices.embedFonts} onChange={(e) => onChange({ embedFonts: e.target.checked })} />
          Embed the font (a self-contained file; the server adds the font subsets)
        </label>
      )}
      {isFigure(format) && (
        <label className="checkbox">
          <input type="checkbox" checked={choices.legend} onChange={(e) => onChange({ legend: e.target.checked })} />
          Legend (support, attack, undercut lines)
        </label>
      )}
    </div>
  );
}

import { useState } from 'react';
import { withToken } from '../net/shareToken';
import type { MapSummary } from './mapsApi';

type Editing = 'rename' | 'duplicate' | 'delete' | null;

function updated(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : ` · updated ${d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** One map on the start page: open it, or rename, duplicate or delete it in place. */
export function MapRow({ map, token, onRename, onDuplicate, onDelete }: {
  map: MapSummary;
  token: string | undefined;
  onRename: (title: string) => Promise<void>;
  onDuplicate: (title: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const title = map.title || 'Untitled map';
  const [editing, setEditing] = useState<Editing>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const start = (what: Editing) => {
    setEditing(what);
    setValue(what === 'rename' ? title : what === 'duplicate' ? `${title} (copy)` : '');
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
      setEditing(null);
    } catch {
      // The page shows the server's message; the form stays open to try again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="map-row" data-map-id={map.id}>
      <a className="map-open" href={withToken(`/m/${encodeURIComponent(map.id)}`, token)}>
        <strong>{title}</strong>
        <span>{map.statementCount} statements{updated(map.updatedAt)}</span>
      </a>
      {editing === null && (
        <div className="map-actions" role="group" aria-label={`Actions for ${title}`}>
          <button type="button" onClick={() => start('rename')}>Rename</button>
          <button type="button" onClick={() => start('duplicate')}>Duplicate</button>
          <button type="button" className="danger-quiet" onClick={() => start('delete')}>Delete</button>
        </div>
      )}
      {(editing === 'rename' || editing === 'duplicate') && (
        <form className="map-inline-form" onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) void run(() => (editing === 'rename' ? onRename(value.trim()) : onDuplicate(value.trim())));
        }}>
          <label htmlFor={`title-${map.id}`}>{editing === 'rename' ? 'New title' : 'Title of the copy'}</label>
          <input id={`title-${map.id}`} autoFocus value={value} maxLength={500} onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)} />
          <button type="submit" className="primary" disabled={busy || !value.trim()}>{editing === 'rename' ? 'Rename' : 'Make a copy'}</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </form>
      )}
      {editing === 'delete' && (
        <div className="map-inline-form confirm" role="alertdialog" aria-label={`Delete ${title}?`}>
          <span>Delete “{title}”? Everyone connected is disconnected; it stays under Recently deleted for 30 days.</span>
          <button type="button" className="danger" disabled={busy} onClick={() => void run(onDelete)}>Delete map</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </div>
      )}
    </li>
  );
}

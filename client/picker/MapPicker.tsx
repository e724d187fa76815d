import { useCallback, useEffect, useRef, useState } from 'react';
import { getPageToken } from '../net/api';
import { withToken } from '../net/shareToken';
import { MapRow } from './MapRow';
import {
  type DeletedMap, type MapSummary, createEmpty, createMap, deleteMap, duplicateMap, listDeletedMaps, listMaps, readJsonFile, renameMap, restoreMap,
} from './mapsApi';

const byUpdate = (a: MapSummary, b: MapSummary) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '');

/**
 * The start page: every map on this server; new maps (empty or from a file); rename, duplicate
 * (one copy per workshop group) and delete, with the recently deleted ones to restore.
 */
export function MapPicker() {
  const token = getPageToken();
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [deleted, setDeleted] = useState<DeletedMap[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    try {
      const [live, gone] = await Promise.all([listMaps(), listDeletedMaps().catch(() => [] as DeletedMap[])]);
      setMaps([...live].sort(byUpdate));
      setDeleted(gone);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => {
    document.title = 'Warrant — argument maps';
    void reload();
  }, [reload]);

  const open = (id: string) => window.location.assign(withToken(`/m/${encodeURIComponent(id)}`, token));
  const attempt = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await fn();
      if (done) setNotice(done);
      await reload();
    } catch (e) {
      setError((e as Error).message);
      throw e;
    }
  };
  const importFile = async (f: File) => {
    setError(null);
    try {
      const { id } = await createMap(await readJsonFile(f));
      open(id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      if (file.current) file.current.value = '';
    }
  };

  return (
    <div className="picker">
      <header className="picker-header">
        <h1>Warrant</h1>
        <p>Map an argument together: claims, reasons, objections and rebuttals, live in the browser.</p>
      </header>
      <div className="picker-actions">
        <button type="button" className="primary" onClick={() => void attempt(async () => open((await createEmpty()).id)).catch(() => {})}>New empty map</button>
        <button type="button" onClick={() => file.current?.click()}>Open a map file…</button>
        <input ref={file} type="file" accept=".json,application/json" hidden aria-label="Map file"
          onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
      </div>
      {error && <p role="alert" className="error picker-message">{error}</p>}
      {notice && <p role="status" className="notice picker-message">{notice}</p>}
      {!maps && !error && <p className="muted">Loading maps…</p>}
      {maps && (
        <section aria-labelledby="maps-heading">
          <h2 id="maps-heading">Maps <span className="muted">({maps.length})</span></h2>
          {maps.length === 0 && <p className="muted">No maps yet: start an empty one or open a file.</p>}
          <ul className="map-list" aria-label="Maps">
            {maps.map((m) => (
              <MapRow key={m.id} map={m} token={token}
                onRename={(title) => attempt(() => renameMap(m.id, title))}
                onDuplicate={(title) => attempt(() => duplicateMap(m.id, title), `Made a copy: “${title}”.`)}
                onDelete={() => attempt(() => deleteMap(m.id), `Deleted “${m.title || 'Untitled map'}”: restore it below if that was a mistake.`)} />
            ))}
          </ul>
        </section>
      )}
      {deleted.length > 0 && (
        <section className="deleted-maps" aria-labelledby="deleted-heading">
          <h2 id="deleted-heading">Recently deleted <span className="muted">({deleted.length})</span></h2>
          <p className="muted small">Deleted maps are kept for 30 days, then removed for good.</p>
          <ul className="map-list deleted" aria-label="Recently deleted maps">
            {deleted.map((m) => (
              <li key={m.id} className="map-row" data-map-id={m.id}>
                <div className="map-open">
                  <strong>{m.title || 'Untitled map'}</strong>
                  <span>{m.statementCount} statements · deleted {new Date(m.deletedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                </div>
                <div className="map-actions">
                  <button type="button" onClick={() => void attempt(() => restoreMap(m.id), `Restored “${m.title || 'Untitled map'}”.`).catch(() => {})}>Restore</button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

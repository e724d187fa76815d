import { useEffect, useState } from 'react';
import { createEmptyMap } from '../../core/model';

interface MapSummary {
  readonly id: string;
  readonly title: string;
  readonly statementCount: number;
  readonly updatedAt: string;
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** The start page: every map on this server, and a way to make a new one. */
export function MapPicker() {
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Warrant — argument maps';
    api<MapSummary[]>('/api/maps').then(setMaps, (e: Error) => setError(e.message));
  }, []);
  const create = async () => {
    try {
      const { id } = await api<{ id: string }>('/api/maps', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(createEmptyMap('Untitled map')),
      });
      window.location.href = `/m/${encodeURIComponent(id)}`;
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="picker">
      <header>
        <h1>Warrant</h1>
        <p>Map an argument together: claims, reasons, objections and rebuttals, live in the browser.</p>
      </header>
      <div className="picker-actions">
        <button type="button" onClick={create}>New empty map</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {!maps && !error && <p>Loading maps…</p>}
      <ul className="map-list" aria-label="Maps">
        {maps?.map((m) => (
          <li key={m.id}>
            <a href={`/m/${encodeURIComponent(m.id)}`}>
              <strong>{m.title || 'Untitled map'}</strong>
              <span>{m.statementCount} statements · updated {new Date(m.updatedAt).toLocaleString()}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { getPageToken, mapPath } from '../../net/api';

export interface ServerExportRequest {
  readonly format: string;
  readonly scale?: number;
  readonly background?: 'white' | 'transparent';
  readonly legend?: boolean;
  readonly page?: 'fit' | 'a4' | 'letter';
  /** Figure-for-print options by name (target, font-size, …), as the CLI takes them. */
  readonly figure?: Readonly<Record<string, string>> | null;
  /** One sub-figure of a split figure. */
  readonly part?: string;
  /** SVG: embed the font subsets (a self-contained file). */
  readonly embedFonts?: boolean;
  /** Statements to export (with their inner relations); the whole map when absent. */
  readonly ids?: readonly string[];
}

/** The export endpoint's address for a request (`GET /api/maps/<id>/export?…`). */
export function getServerExportPath(mapId: string, r: ServerExportRequest): string {
  const q = new URLSearchParams({ format: r.format });
  if (r.scale) q.set('scale', String(r.scale));
  if (r.background) q.set('background', r.background);
  if (r.legend) q.set('legend', '1');
  if (r.page) q.set('page', r.page);
  if (r.ids) q.set('ids', r.ids.join(','));
  for (const [name, value] of Object.entries(r.figure ?? {})) q.set(name, value);
  if (r.part) q.set('part', r.part);
  if (r.embedFonts) q.set('embed-fonts', '1');
  return mapPath(mapId, `/export?${q}`);
}

/** Asks the server for an export: PDF and SVG with the font embedded (it has the font files) and PNGs larger than the browser can draw. */
export async function fetchServerExport(mapId: string, r: ServerExportRequest): Promise<Blob> {
  const token = getPageToken();
  let res: Response;
  try {
    res = await fetch(getServerExportPath(mapId, r), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new Error('The server cannot be reached to draw this figure: check the connection and try again.');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: string } | undefined;
    throw new Error(body?.error ?? `The server could not draw the figure (${res.status} ${res.statusText})`);
  }
  return res.blob();
}

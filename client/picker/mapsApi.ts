import { type ArgumentMap, createEmptyMap } from '../../core/model';
import { apiFetch, mapPath } from '../net/api';

export interface MapSummary {
  readonly id: string;
  readonly title: string;
  readonly statementCount: number;
  readonly updatedAt: string;
}

export interface DeletedMap extends MapSummary {
  readonly deletedAt: string;
}

export const listMaps = () => apiFetch<MapSummary[]>('/api/maps');
export const listDeletedMaps = () => apiFetch<DeletedMap[]>('/api/maps?deleted=1');

/** Creates a map from map JSON (the server validates it and names the first problem). */
export const createMap = (map: unknown) => apiFetch<{ id: string }>('/api/maps', { method: 'POST', json: map });
export const createEmpty = (title = 'Untitled map') => createMap(createEmptyMap(title) satisfies ArgumentMap);

export const renameMap = (id: string, title: string) => apiFetch<{ id: string; title: string }>(mapPath(id), { method: 'PATCH', json: { title } });
export const duplicateMap = (id: string, title?: string) =>
  apiFetch<{ id: string; title: string }>(mapPath(id, '/duplicate'), { method: 'POST', json: title ? { title } : {} });
export const deleteMap = (id: string) => apiFetch<{ id: string; restorableDays?: number }>(mapPath(id), { method: 'DELETE' });
export const restoreMap = (id: string) => apiFetch<{ id: string; title: string }>(mapPath(id, '/restore'), { method: 'POST' });

/** Reads a chosen file as JSON; says in words what is wrong when it is not. */
export async function readJsonFile(file: File): Promise<unknown> {
  if (file.size > 20 * 1024 * 1024) throw new Error(`“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; a map file is at most 20 MB.`);
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`“${file.name}” is not a JSON map file (${(e as Error).message}).`);
  }
}

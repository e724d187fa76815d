import { type ArgumentMap, validateMap } from '../../../core/model';
import { apiFetch, mapPath } from '../../net/api';

/** A saved version of a map, as the server lists it (newest first). */
export interface VersionInfo {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  /** Saved by the server on its own while the map was being edited. */
  readonly auto: boolean;
}

export const listVersions = (mapId: string) => apiFetch<VersionInfo[]>(mapPath(mapId, '/versions'));

export const saveVersion = (mapId: string, name: string) =>
  apiFetch<VersionInfo>(mapPath(mapId, '/versions'), { method: 'POST', json: { name } });

/** The map as it was in a version; checked like any map that comes from outside. */
export async function fetchVersionMap(mapId: string, versionId: number): Promise<ArgumentMap> {
  const body = await apiFetch<unknown>(mapPath(mapId, `/versions/${versionId}`));
  const result = validateMap(body);
  if (!result.ok) throw new Error(`The saved version cannot be read: ${result.issues[0].path}: ${result.issues[0].message}`);
  return result.map;
}

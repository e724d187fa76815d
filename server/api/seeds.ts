import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseMap } from '../../core/model';
import { MAP_ID } from './ids';

export interface SeedInfo {
  readonly id: string;
  readonly title: string;
  readonly statementCount: number;
  readonly updatedAt: string;
}

const cache = new Map<string, { mtime: number; info: SeedInfo | undefined }>();

/** The seed maps in a folder (`<id>.json`), read once per file change; invalid files are skipped with a warning. */
export function listSeeds(mapsDir: string): SeedInfo[] {
  let files: string[];
  try {
    files = readdirSync(mapsDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const out: SeedInfo[] = [];
  for (const f of files) {
    const id = basename(f, '.json');
    if (!MAP_ID.test(id)) continue;
    const path = join(mapsDir, f);
    const mtime = statSync(path).mtimeMs;
    let entry = cache.get(path);
    if (!entry || entry.mtime !== mtime) {
      try {
        const map = parseMap(readFileSync(path, 'utf8'));
        entry = { mtime, info: { id, title: map.title, statementCount: map.statements.length, updatedAt: new Date(mtime).toISOString() } };
      } catch (e) {
        console.warn(`[maps] skipping ${path}: ${(e as Error).message}`);
        entry = { mtime, info: undefined };
      }
      cache.set(path, entry);
    }
    if (entry.info) out.push(entry.info);
  }
  return out;
}

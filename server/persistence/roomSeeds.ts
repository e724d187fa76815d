import * as Y from 'yjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ArgumentMap, parseMap } from '../../core/model';
import { createDocFromMap } from '../../core/sync';
import type { Persistence } from './types';

const SEED_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Creating stored rooms: from a map (an import, a copy) or from a seed file `<mapsDir>/<id>.json`. */
export function createRoomSeeder(store: Persistence, mapsDir: string) {
  const seedPath = (id: string) => join(mapsDir, `${id}.json`);

  /**
   * Stores a new room holding the map; answers the document it was built in (so a room being
   * opened need not read it back), or undefined when the id was taken meanwhile (e.g. another
   * instance seeded the same map first).
   */
  async function createRoomFromMap(id: string, map: ArgumentMap): Promise<Y.Doc | undefined> {
    const doc = createDocFromMap(map);
    const created = await store.createRoom(id, map.title, map.statements.length, Y.encodeStateAsUpdate(doc));
    if (created) return doc;
    doc.destroy();
    return undefined;
  }

  /** Ids of the seed files in the folder (none when it is missing). */
  function seedIds(): string[] {
    if (!existsSync(mapsDir)) return [];
    return readdirSync(mapsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((id) => SEED_ID.test(id));
  }

  return {
    createRoomFromMap,
    seedIds,
    hasSeed: (id: string) => SEED_ID.test(id) && existsSync(seedPath(id)),
    /** Writes a seed map into a room that has never existed (validated once, here, at the boundary). */
    seedRoom: (id: string) => createRoomFromMap(id, parseMap(readFileSync(seedPath(id), 'utf8'))),
  };
}

import * as Y from 'yjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArgumentMap, parseMap } from '../../core/model';
import { createDocFromMap } from '../../core/sync';
import type { Store } from './store';

const SEED_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Creating stored rooms: from a map (an import, a copy) or from a seed file `<mapsDir>/<id>.json`. */
export function createRoomSeeder(store: Store, mapsDir: string) {
  const seedPath = (id: string) => join(mapsDir, `${id}.json`);

  function createRoomFromMap(id: string, map: ArgumentMap): void {
    const update = Y.encodeStateAsUpdate(createDocFromMap(map));
    store.db.transaction(() => {
      store.createRoom(id, map.title);
      store.appendUpdate(id, update);
      store.setSummary(id, map.title, map.statements.length);
    })();
  }

  return {
    createRoomFromMap,
    hasSeed: (id: string) => SEED_ID.test(id) && existsSync(seedPath(id)),
    /** Writes a seed map into a room that has never existed; callers run it at most once per id. */
    seedRoom: (id: string) => createRoomFromMap(id, parseMap(readFileSync(seedPath(id), 'utf8'))),
  };
}

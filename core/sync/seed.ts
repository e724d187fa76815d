import * as Y from 'yjs';
import type { ArgumentMap } from '../model/types';
import { opsForMap } from '../ops';
import { applyOps } from './applyOps';
import { SEED_ORIGIN } from './docShape';

/** A new document holding the map. */
export function createDocFromMap(map: ArgumentMap): Y.Doc {
  const doc = new Y.Doc();
  applyOps(doc, opsForMap(map), SEED_ORIGIN);
  return doc;
}

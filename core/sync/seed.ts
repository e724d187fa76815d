import * as Y from 'yjs';
import type { ArgumentMap } from '../model/types';
import { layoutMap } from '../layout/layoutMap';
import { opsForMap } from '../ops';
import { applyOps } from './applyOps';
import { SEED_ORIGIN } from './docShape';
import { writeWorkshop } from './workshop';

/** The map with a position for every statement: a layout runs when any is missing. */
export function withPositions(map: ArgumentMap): ArgumentMap {
  if (map.statements.every((s) => s.position)) return map;
  const { boxes } = layoutMap(map, { thesisFirst: true });
  return {
    ...map,
    statements: map.statements.map((s) => {
      const b = boxes.get(s.id)!;
      return s.position ? s : { ...s, position: { x: Math.round(b.x), y: Math.round(b.y) } };
    }),
  };
}

/**
 * A new document holding the map. Statements get positions here, once, so every client
 * shows the same picture and a new statement never makes a layout move the others.
 */
export function createDocFromMap(map: ArgumentMap): Y.Doc {
  const doc = new Y.Doc();
  applyOps(doc, opsForMap(withPositions(map)), SEED_ORIGIN);
  if (map.workshop) writeWorkshop(doc, map.workshop, SEED_ORIGIN);
  return doc;
}

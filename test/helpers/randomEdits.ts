import * as Y from 'yjs';
import { STATEMENT_KINDS } from '../../core/model';
import type { MapOp } from '../../core/ops';
import { readMap } from '../../core/sync';
import { randomText } from './randomMap';
import type { Rng } from './rng';
import { iid, testStatement } from './ids';

/** One random edit a user could make to the map in `doc` (add, remove, type, move, relate, re-kind). */
export function randomEdit(rng: Rng, doc: Y.Doc, newId: () => string): MapOp[] {
  const { statements } = readMap(doc).map;
  const some = statements.length > 0 ? rng.pick(statements) : undefined;
  const roll = rng.int(10);
  if (!some || roll < 2) {
    return [{ type: 'addStatement', statement: testStatement({ id: newId(), text: randomText(rng), position: { x: rng.int(800), y: rng.int(600) } }) }];
  }
  if (roll === 2 && statements.length > 3) return [{ type: 'removeStatement', id: some.id }];
  if (roll <= 5) {
    const at = rng.int(some.text.length + 1);
    const cut = rng.chance(0.3) ? rng.int(4) : 0;
    const text = some.text.slice(0, at) + (cut ? '' : ` ${randomText(rng)}`) + some.text.slice(at + cut);
    return [{ type: 'setStatementText', id: some.id, text }];
  }
  if (roll === 6) return [{ type: 'moveStatements', positions: { [some.id]: { x: rng.int(800), y: rng.int(600) } }, pinned: rng.chance(0.5) }];
  if (roll === 7) return [{ type: 'updateStatement', id: some.id, patch: { kind: rng.pick(STATEMENT_KINDS) } }];
  const target = rng.pick(statements.filter((s) => s.id !== some.id));
  if (!target) return [];
  return [{ type: 'addInference', inference: { id: iid(newId()), premises: [some.id], target: target.id, polarity: rng.chance(0.5) ? 'support' : 'attack' } }];
}

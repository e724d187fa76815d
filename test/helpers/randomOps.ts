import { type ArgumentMap, STATEMENT_KINDS } from '../../core/model';
import { type MapOp, type StructureResult, deleteItems, joinPremises, relate, retarget, splitInference, undercut } from '../../core/ops';
import { randomText } from './randomMap';
import type { Rng } from './rng';
import { cid, iid, testStatement } from './ids';

/**
 * One random edit a person could make on the map they see, made the way the editor makes it:
 * structure edits through the core functions (join, split, relate, undercut, re-target,
 * delete), plain edits as ops (add, type, move, re-kind, comment). Undefined when the chosen
 * edit is not possible on this map (the caller tries again or moves on).
 */
export function randomOps(rng: Rng, map: ArgumentMap, newId: () => string): MapOp[] | undefined {
  const statements = map.statements;
  const some = () => rng.pick(statements).id;
  const inferenceId = () => iid(newId());
  const ok = (r: StructureResult) => (r.ok ? r.ops : undefined);
  const roll = rng.int(16);
  if (statements.length < 3 || roll === 0) {
    return [{ type: 'addStatement', statement: testStatement({ id: newId(), text: randomText(rng), position: { x: rng.int(800), y: rng.int(600) } }) }];
  }
  const inference = map.inferences.length > 0 ? rng.pick(map.inferences) : undefined;
  switch (roll) {
    case 1: case 2: {
      const s = rng.pick(statements);
      const at = rng.int(s.text.length + 1);
      const cut = rng.chance(0.3) ? rng.int(4) : 0;
      return [{ type: 'setStatementText', id: s.id, text: s.text.slice(0, at) + (cut ? '' : ` ${randomText(rng)}`) + s.text.slice(at + cut) }];
    }
    case 3: return [{ type: 'moveStatements', positions: { [some()]: { x: rng.int(800), y: rng.int(600) } }, pinned: rng.chance(0.5) }];
    case 4: return [{ type: 'updateStatement', id: some(), patch: { kind: rng.pick(STATEMENT_KINDS) } }];
    case 5: case 6: return ok(relate(map, some(), some(), rng.chance(0.6) ? 'support' : 'attack', inferenceId));
    case 7: return inference && ok(undercut(map, inference.id, some(), inferenceId));
    case 8: {
      // Join: two premises of relations into one target with one polarity, when there are such.
      const groups = new Map<string, typeof map.inferences[number][]>();
      for (const i of map.inferences) groups.set(`${i.target}|${i.polarity}`, [...(groups.get(`${i.target}|${i.polarity}`) ?? []), i]);
      const joinable = [...groups.values()].filter((g) => g.length >= 2);
      if (joinable.length === 0) return undefined;
      const into = rng.pick(joinable);
      return ok(joinPremises(map, [rng.pick(into[0].premises), rng.pick(into[1].premises)]));
    }
    case 9: return inference && ok(splitInference(map, inference.id, inferenceId));
    case 10: return inference && ok(relate(map, some(), inference.id, 'join', inferenceId));
    case 11: return inference && ok(retarget(map, inference.id, rng.chance(0.7) ? some() : rng.pick(map.inferences).id));
    case 12: {
      if (statements.length <= 4) return undefined;
      const ops = deleteItems(map, [some()]).ops;
      return ops.length ? ops : undefined;
    }
    case 13: return inference && deleteItems(map, [inference.id]).ops;
    case 14: {
      const targets = [...statements.map((s) => s.id), ...map.inferences.map((i) => i.id)];
      return [{ type: 'addComment', comment: { id: cid(newId()), target: rng.pick(targets), author: 'fuzz', text: randomText(rng), createdAt: '2026-01-01T00:00:00Z' } }];
    }
    default: {
      const c = map.comments.length ? rng.pick(map.comments) : undefined;
      return c && [{ type: 'removeComment', id: c.id }];
    }
  }
}

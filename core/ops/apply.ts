import type { ArgumentMap, Inference, Statement } from '../model/types';
import { getRemovalCascade } from './cascade';
import type { MapOp } from './ops';

/**
 * Applies edit operations to a plain map, exactly as core/sync applies them to a Y.Doc
 * (removals cascade, updates of missing records do nothing). Pure: the input is untouched and
 * records that did not change stay the same objects. Used to check ops before they are written
 * and by tests as the model of what a write does.
 */
export function applyMapOps(map: ArgumentMap, ops: readonly MapOp[]): ArgumentMap {
  return ops.reduce(applyMapOp, map);
}

const replace = <T extends { id: string }>(list: readonly T[], id: string, f: (x: T) => T): T[] => list.map((x) => (x.id === id ? f(x) : x));
const put = <T extends { id: string }>(list: readonly T[], item: T): T[] =>
  list.some((x) => x.id === item.id) ? replace(list, item.id, () => item) : [...list, item];

function dropPatch<T extends object>(record: T, patch: object): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) (v === undefined ? delete out[k] : (out[k] = v));
  return out as T;
}

function remove(map: ArgumentMap, statementIds: string[], inferenceIds: string[]): ArgumentMap {
  const { removeInferences, shrinkPremises } = getRemovalCascade(map.inferences, new Set(statementIds), new Set(inferenceIds));
  const goneStatements = new Set(statementIds);
  const gone = new Set([...statementIds, ...removeInferences]);
  return {
    ...map,
    statements: map.statements.filter((s) => !goneStatements.has(s.id)),
    inferences: map.inferences
      .filter((i) => !removeInferences.has(i.id))
      .map((i) => (shrinkPremises.has(i.id) ? { ...i, premises: shrinkPremises.get(i.id)! } : i)),
    comments: map.comments.filter((c) => !gone.has(c.target)),
  };
}

function applyMapOp(map: ArgumentMap, op: MapOp): ArgumentMap {
  switch (op.type) {
    case 'addStatement':
      return { ...map, statements: put(map.statements, op.statement) };
    case 'updateStatement':
      return { ...map, statements: replace(map.statements, op.id, (s) => dropPatch<Statement>(s, op.patch)) };
    case 'setStatementText':
      return { ...map, statements: replace(map.statements, op.id, (s) => ({ ...s, text: op.text })) };
    case 'removeStatement':
      return remove(map, [op.id], []);
    case 'moveStatements': {
      const { positions, pinned } = op;
      const moved = (s: Statement): Statement => {
        const p = positions[s.id];
        if (!p) return s;
        const { pinned: _old, ...rest } = s;
        return { ...rest, position: { x: p.x, y: p.y }, ...((pinned ?? s.pinned) && { pinned: true }) };
      };
      return { ...map, statements: map.statements.map(moved) };
    }
    case 'addInference':
      return { ...map, inferences: put(map.inferences, op.inference) };
    case 'updateInference':
      return { ...map, inferences: replace(map.inferences, op.id, (i) => dropPatch<Inference>(i, op.patch)) };
    case 'removeInference':
      return remove(map, [], [op.id]);
    case 'addComment':
      return { ...map, comments: put(map.comments, op.comment) };
    case 'updateComment':
      return { ...map, comments: replace(map.comments, op.id, (c) => ({ ...c, ...op.patch })) };
    case 'removeComment':
      return { ...map, comments: map.comments.filter((c) => c.id !== op.id) };
    case 'addSource':
      return { ...map, sources: put(map.sources, op.source) };
    case 'removeSource':
      return { ...map, sources: map.sources.filter((s) => s.id !== op.id) };
    case 'setMeta': {
      const patch = Object.fromEntries(Object.entries(op.patch).filter(([, v]) => v !== undefined));
      return { ...map, ...patch };
    }
  }
}

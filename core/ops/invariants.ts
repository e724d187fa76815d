import { type ArgumentMap, type Comment, type Inference, POLARITIES, isValidId } from '../model';
import { applyMapOps } from './apply';
import type { MapOp } from './ops';

/**
 * The model's rules, checked where an edit is made: ops that would break them are refused with
 * a message for the person, instead of being written and repaired later on every read.
 * Updates and removals must find their record (as the batch goes along); what the batch adds
 * or changes must be valid in the map the whole batch leaves (so a restore may add an undercut
 * before the inference it questions). Returns undefined when the ops may be written, else why not.
 */
export function checkOps(map: ArgumentMap, ops: readonly MapOp[]): string | undefined {
  const before = getIndex(map);
  const live = { statements: new Set<string>(), inferences: new Set<string>(), comments: new Set<string>(), gone: new Set<string>() };
  const has = (kind: 'statements' | 'inferences' | 'comments', id: string) => !live.gone.has(id) && (before[kind].has(id) || live[kind].has(id));
  let structural = false;
  for (const op of ops) {
    const reason = checkExists(op, has);
    if (reason) return reason;
    const added = op.type === 'addStatement' ? ['statements', op.statement.id] as const
      : op.type === 'addInference' ? ['inferences', op.inference.id] as const
        : op.type === 'addComment' ? ['comments', op.comment.id] as const : undefined;
    if (added) {
      live[added[0]].add(added[1]);
      live.gone.delete(added[1]);
    }
    if (op.type === 'removeStatement' || op.type === 'removeInference' || op.type === 'removeComment') live.gone.add(op.id);
    structural ||= !['setStatementText', 'updateStatement', 'moveStatements', 'removeStatement', 'removeInference', 'removeComment', 'setMeta'].includes(op.type);
  }
  if (!structural) return undefined;
  const after = getIndex(applyMapOps(map, ops));
  for (const op of ops) {
    const reason = checkResult(after, op);
    if (reason) return reason;
  }
  return undefined;
}

interface Index {
  readonly map: ArgumentMap;
  readonly statements: ReadonlySet<string>;
  readonly inferences: ReadonlyMap<string, Inference>;
  readonly comments: ReadonlyMap<string, Comment>;
  readonly sources: ReadonlySet<string>;
}

const cache = new WeakMap<ArgumentMap, Index>();
function getIndex(map: ArgumentMap): Index {
  let index = cache.get(map);
  if (!index) {
    index = {
      map,
      statements: new Set(map.statements.map((s) => s.id)),
      inferences: new Map(map.inferences.map((i) => [i.id, i])),
      comments: new Map(map.comments.map((c) => [c.id, c])),
      sources: new Set(map.sources.map((s) => s.id)),
    };
    cache.set(map, index);
  }
  return index;
}

export const GONE_STATEMENT = 'That statement no longer exists (someone may have just deleted it).';
export const GONE_TARGET = 'The statement or relation this points at no longer exists.';
export const NOT_A_PREMISE = 'Only statements can be premises.';
const GONE_INFERENCE = 'That relation no longer exists (someone may have just deleted it).';

function checkNewId(ix: Index, id: string, kind: 'statement' | 'inference'): string | undefined {
  if (!isValidId(id)) return `“${id}” is not a valid id (letters, digits, _ . : - only, at most 128 characters).`;
  // Adding an inference with its own id again replaces it (a restore does); a clash across kinds never is.
  if (kind === 'statement' ? ix.inferences.has(id) : ix.statements.has(id)) return `The id “${id}” is already used in this map.`;
  return undefined;
}

/** What is wrong with an inference as it would be written (premises, target, polarity, undercut chain). */
export function checkInference(ix: Pick<Index, 'statements' | 'inferences'>, inf: Inference): string | undefined {
  if (!(POLARITIES as readonly string[]).includes(inf.polarity)) return 'A relation is either a support or an attack.';
  if (inf.premises.length === 0) return 'A relation needs at least one premise.';
  if (new Set(inf.premises).size !== inf.premises.length) return 'A statement can be a premise of one argument only once.';
  const missing = inf.premises.find((p) => !ix.statements.has(p));
  if (missing !== undefined) return ix.inferences.has(missing) ? NOT_A_PREMISE : GONE_STATEMENT;
  // A statement may attack itself (Dung's self-attacking argument); supporting itself says nothing.
  if (inf.polarity === 'support' && inf.premises.some((p) => p === inf.target)) return 'A statement cannot be a reason for itself.';
  if (ix.statements.has(inf.target)) return undefined;
  if (!ix.inferences.has(inf.target)) return GONE_TARGET;
  if (inf.target === inf.id) return 'A relation cannot undercut itself.';
  if (inf.polarity !== 'attack') return 'A relation can only be attacked (undercut), not supported.';
  // Follow the chain of undercuts: it must end at a statement, never come back to this one.
  for (let at = ix.inferences.get(inf.target); at && !ix.statements.has(at.target); at = ix.inferences.get(at.target)) {
    if (at.target === inf.id) return 'These undercuts would question each other in a circle.';
  }
  return undefined;
}

/** Does the record an update or removal is about exist at that point of the batch? */
function checkExists(op: MapOp, has: (kind: 'statements' | 'inferences' | 'comments', id: string) => boolean): string | undefined {
  switch (op.type) {
    case 'updateStatement':
    case 'setStatementText':
    case 'removeStatement':
      return has('statements', op.id) ? undefined : GONE_STATEMENT;
    case 'updateInference':
    case 'removeInference':
      return has('inferences', op.id) ? undefined : GONE_INFERENCE;
    case 'updateComment':
    case 'removeComment':
      return has('comments', op.id) ? undefined : 'That comment no longer exists.';
    case 'setMeta':
      return op.patch.title !== undefined && op.patch.title.length > 500 ? 'A title can be at most 500 characters long.' : undefined;
    default:
      return undefined;
  }
}

/** Is what an op adds or changes valid in the map the batch leaves? */
function checkResult(after: Index, op: MapOp): string | undefined {
  switch (op.type) {
    case 'addStatement':
      return checkNewId(after, op.statement.id, 'statement');
    case 'addInference':
    case 'updateInference': {
      const id = op.type === 'addInference' ? op.inference.id : op.id;
      const inf = after.inferences.get(id);
      if (op.type === 'addInference') {
        const clash = checkNewId(after, id, 'inference');
        if (clash) return clash;
        if (!inf) return checkInference(after, op.inference); // removed again later in the batch: still say why it was wrong
      }
      return inf && checkInference(after, inf);
    }
    case 'addComment':
    case 'updateComment': {
      const comment = after.comments.get(op.type === 'addComment' ? op.comment.id : op.id);
      if (!comment) return op.type === 'addComment' && !after.statements.has(op.comment.target) && !after.inferences.has(op.comment.target) ? 'What this comment is about no longer exists.' : undefined;
      if (!after.statements.has(comment.target) && !after.inferences.has(comment.target)) return 'What this comment is about no longer exists.';
      if (comment.parent !== undefined && !after.comments.has(comment.parent)) return 'The comment you replied to no longer exists.';
      return undefined;
    }
    case 'removeSource': {
      const citing = after.map.statements.filter((s) => s.anchors.some((a) => a.source === op.id)).length;
      return citing ? `This source is quoted by ${citing} ${citing === 1 ? 'statement' : 'statements'}: remove those anchors first.` : undefined;
    }
    default:
      return undefined;
  }
}

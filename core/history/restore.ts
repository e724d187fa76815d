import type { ArgumentMap, Statement } from '../model/types';
import { getRecordsById } from '../model/relations';
import { type MapOp, type MetaPatch, type StatementPatch, getRemovalCascade } from '../ops';
import { diffMaps } from './diff';

/**
 * The edit operations that turn the map `current` into `target` (a saved version), to be
 * applied as one local transaction so the restore is a single undo step and reaches everyone.
 *
 * Worked example: current has statements a ("Trees cool streets", evidence) and c; target has
 * a ("Trees cool cities", claim) and b. The ops are
 *   removeStatement c, addStatement b,
 *   setStatementText a "Trees cool cities" (the smallest text change: concurrent typing survives),
 *   updateStatement a {kind: 'claim'},
 * then inferences and comments the same way (replaced whole, as they are stored).
 */
export function opsToRestore(current: ArgumentMap, target: ArgumentMap): MapOp[] {
  const d = diffMaps(current, target);
  const ops: MapOp[] = [];
  if (d.meta.length > 0) {
    const patch: Record<string, unknown> = {};
    for (const f of d.meta) patch[f] = target[f];
    ops.push({ type: 'setMeta', patch: patch as MetaPatch });
  }
  // Sources first: the statements added below may be anchored to them.
  const sourceIds = new Set([...d.sources.added.map((s) => s.id), ...d.sources.changed.map((c) => c.id)]);
  for (const source of target.sources) if (sourceIds.has(source.id)) ops.push({ type: 'addSource', source });

  for (const c of d.comments.removed) ops.push({ type: 'removeComment', id: c.id });
  for (const i of d.inferences.removed) ops.push({ type: 'removeInference', id: i.id });
  for (const s of d.statements.removed) ops.push({ type: 'removeStatement', id: s.id });

  for (const statement of d.statements.added) ops.push({ type: 'addStatement', statement });
  const before = getRecordsById(current.statements);
  const after = getRecordsById(target.statements);
  for (const { id, fields } of d.statements.changed) ops.push(...statementOps(before.get(id)!, after.get(id)!, fields));

  // Removals cascade (e.g. a removed statement takes its inferences and comments along); for a
  // valid target that only touches records that go anyway, but anything caught is put back.
  const cascade = getRemovalCascade(current.inferences, new Set(d.statements.removed.map((s) => s.id)), new Set(d.inferences.removed.map((i) => i.id)));
  const gone = new Set([...d.statements.removed.map((s) => s.id), ...cascade.removeInferences]);
  const setInferences = new Set([...d.inferences.added, ...d.inferences.changed].map((i) => i.id));
  for (const id of [...cascade.removeInferences, ...cascade.shrinkPremises.keys()]) setInferences.add(id);
  for (const inference of target.inferences) if (setInferences.has(inference.id)) ops.push({ type: 'addInference', inference });
  const setComments = new Set([...d.comments.added, ...d.comments.changed].map((c) => c.id));
  for (const comment of target.comments) if (setComments.has(comment.id) || gone.has(comment.target)) ops.push({ type: 'addComment', comment });

  for (const s of d.sources.removed) ops.push({ type: 'removeSource', id: s.id });
  return ops;
}

function statementOps(from: Statement, to: Statement, fields: readonly string[]): MapOp[] {
  const ops: MapOp[] = [];
  if (fields.includes('text')) ops.push({ type: 'setStatementText', id: to.id, text: to.text });
  const patch: Record<string, unknown> = {};
  for (const f of fields) if (f !== 'text') patch[f] = (to as unknown as Record<string, unknown>)[f];
  if (Object.keys(patch).length > 0) ops.push({ type: 'updateStatement', id: from.id, patch: patch as StatementPatch });
  return ops;
}

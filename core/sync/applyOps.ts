import * as Y from 'yjs';
import type { Statement } from '../model/types';
import { type MapOp, getRemovalCascade } from '../ops';
import { type DocParts, LOCAL_ORIGIN, getDocParts } from './docShape';

/** Replaces a Y.Text's content by the smallest delete + insert, so concurrent typing elsewhere survives. */
export function setYText(ytext: Y.Text, next: string): void {
  const prev = ytext.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  if (endPrev > start) ytext.delete(start, endPrev - start);
  if (endNext > start) ytext.insert(start, next.slice(start, endNext));
}

function createStatementY(s: Statement): Y.Map<unknown> {
  const y = new Y.Map<unknown>();
  const { id: _id, text, ...rest } = s;
  y.set('text', new Y.Text(text));
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) y.set(k, v);
  return y;
}

function removeItems(parts: DocParts, statementIds: string[], inferenceIds: string[]): void {
  const inferences = [...parts.inferences.values()] as import('../model').Inference[];
  const { removeInferences, shrinkPremises } = getRemovalCascade(inferences, new Set(statementIds), new Set(inferenceIds));
  for (const id of statementIds) parts.statements.delete(id);
  for (const id of removeInferences) parts.inferences.delete(id);
  for (const [id, premises] of shrinkPremises) {
    const inf = parts.inferences.get(id) as object;
    parts.inferences.set(id, { ...inf, premises });
  }
  const gone = new Set([...statementIds, ...removeInferences]);
  for (const [id, c] of parts.comments.entries()) if (gone.has((c as { target: string }).target)) parts.comments.delete(id);
}

/** A patch's `undefined` removes the field (as for statements), rather than storing a key with no value. */
const withoutUndefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function applyOp(parts: DocParts, op: MapOp): void {
  switch (op.type) {
    case 'addStatement':
      parts.statements.set(op.statement.id, createStatementY(op.statement));
      return;
    case 'updateStatement': {
      const y = parts.statements.get(op.id);
      if (!y) return;
      for (const [k, v] of Object.entries(op.patch)) (v === undefined ? y.delete(k) : y.set(k, v));
      return;
    }
    case 'setStatementText': {
      const t = parts.statements.get(op.id)?.get('text');
      if (t instanceof Y.Text) setYText(t, op.text);
      return;
    }
    case 'removeStatement':
      return removeItems(parts, [op.id], []);
    case 'moveStatements':
      for (const [id, position] of Object.entries(op.positions)) {
        const y = parts.statements.get(id);
        if (!y) continue;
        y.set('position', { x: position.x, y: position.y });
        if (op.pinned !== undefined) (op.pinned ? y.set('pinned', true) : y.delete('pinned'));
      }
      return;
    case 'addInference':
      parts.inferences.set(op.inference.id, op.inference);
      return;
    case 'updateInference': {
      const inf = parts.inferences.get(op.id) as object | undefined;
      if (inf) parts.inferences.set(op.id, withoutUndefined({ ...inf, ...op.patch }));
      return;
    }
    case 'removeInference':
      return removeItems(parts, [], [op.id]);
    case 'addComment':
      parts.comments.set(op.comment.id, op.comment);
      return;
    case 'updateComment': {
      const c = parts.comments.get(op.id) as object | undefined;
      if (c) parts.comments.set(op.id, { ...c, ...op.patch });
      return;
    }
    case 'removeComment':
      parts.comments.delete(op.id);
      return;
    case 'addSource':
      parts.sources.set(op.source.id, op.source);
      return;
    case 'removeSource':
      parts.sources.delete(op.id);
      return;
    case 'setMeta':
      for (const [k, v] of Object.entries(op.patch)) if (v !== undefined) parts.meta.set(k, v);
      return;
  }
}

/** Applies edit operations to the document in one transaction tagged with `origin`. */
export function applyOps(doc: Y.Doc, ops: readonly MapOp[], origin: unknown = LOCAL_ORIGIN): void {
  if (ops.length === 0) return;
  const parts = getDocParts(doc);
  doc.transact(() => ops.forEach((op) => applyOp(parts, op)), origin);
}

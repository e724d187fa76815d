import type { ArgumentMap, Comment, Inference, Position, Statement, StatementId } from '../../core/model';
import { type NodeId, asCommentId, asInferenceId, asStatementId, validateMap, createEmptyMap } from '../../core/model';
import { type MapOp, getMapSubset } from '../../core/ops';

/** Marks our payload among whatever else is on the system clipboard. */
const MARKER = 'warrant-clipboard';

export interface ClipboardContent {
  readonly kind: typeof MARKER;
  readonly statements: readonly Statement[];
  /** Only relations whose premises and target are all among the copied statements. */
  readonly inferences: readonly Inference[];
  readonly comments: readonly Comment[];
}

/** The selected statements with their inner relations (and their comments). */
export function getClipboardContent(map: ArgumentMap, selected: ReadonlySet<string>): ClipboardContent | undefined {
  const part = getMapSubset(map, selected);
  if (part.statements.length === 0) return undefined;
  return { kind: MARKER, statements: part.statements, inferences: part.inferences, comments: part.comments };
}

/** Parses clipboard text as our payload; anything else (or anything invalid) gives undefined. */
export function parseClipboard(text: string): ClipboardContent | undefined {
  try {
    const value = JSON.parse(text) as Partial<ClipboardContent>;
    if (value.kind !== MARKER) return undefined;
    // Validate as a map (sources are not copied, so anchors are checked separately by the map they land in).
    const check = validateMap({ ...createEmptyMap('clip'), statements: (value.statements ?? []).map((s) => ({ ...s, anchors: [] })), inferences: value.inferences, comments: value.comments });
    return check.ok ? (value as ClipboardContent) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ops that paste content into a map with fresh ids, each statement at `positions` (see
 * placeArrivals: free space, so copies never sit on the originals). Anchors survive only when
 * the target map has the same source text.
 */
export function getPasteOps(map: ArgumentMap, content: ClipboardContent, newId: (prefix: string) => string, positions: ReadonlyMap<string, Position>): { ops: MapOp[]; ids: StatementId[] } {
  const statementIds = new Map(content.statements.map((s) => [s.id, asStatementId(newId('s'))]));
  const inferenceIds = new Map(content.inferences.map((i) => [i.id, asInferenceId(newId('i'))]));
  const rename = new Map<string, NodeId>([...statementIds, ...inferenceIds]);
  const sources = new Map(map.sources.map((s) => [s.id, s.text]));
  const ops: MapOp[] = [];
  for (const s of content.statements) {
    const anchors = s.anchors.filter((a) => sources.get(a.source)?.slice(a.start, a.end) === a.quote);
    const position = positions.get(s.id) ?? s.position;
    ops.push({ type: 'addStatement', statement: { ...s, id: statementIds.get(s.id)!, anchors, ...(position && { position }) } });
  }
  for (const i of content.inferences) {
    ops.push({ type: 'addInference', inference: { ...i, id: inferenceIds.get(i.id)!, premises: i.premises.map((p) => statementIds.get(p)!), target: rename.get(i.target)! } });
  }
  const commentIds = new Map(content.comments.map((c) => [c.id, asCommentId(newId('c'))]));
  for (const c of content.comments) {
    const parent = c.parent && commentIds.get(c.parent);
    const { parent: _p, ...rest } = c;
    ops.push({ type: 'addComment', comment: { ...rest, id: commentIds.get(c.id)!, target: rename.get(c.target)!, ...(parent && { parent }) } });
  }
  return { ops, ids: content.statements.map((s) => statementIds.get(s.id)!) };
}

/**
 * The outline's edits, as ops through the store: add a reason or objection, re-attach (indent under
 * the previous sibling, outdent to the grandparent) and move up/down (swap canvas positions with the
 * neighbouring sibling, which is what orders siblings in the outline and on the canvas).
 */
import { type NodeId, type StatementId, createStatement } from '../../../core/model';
import { placeNewStatements } from '../../../core/layout';
import type { OutlineNode } from '../../../core/outline/buildOutline';
import type { MapStore } from '../../store/mapStore';
import { newInferenceId, newStatementId } from '../../actions/ids';

export function addPremise(store: MapStore, target: NodeId, polarity: 'support' | 'attack'): StatementId | undefined {
  const { map } = store.state.getState();
  const id = newStatementId();
  const inference = { id: newInferenceId(), premises: [id], target, polarity } as const;
  const draft = createStatement({ id });
  const positions = new Map(map.statements.flatMap((s) => (s.position ? [[s.id, s.position] as const] : [])));
  const position = placeNewStatements({ ...map, statements: [...map.statements, draft], inferences: [...map.inferences, inference] }, positions, [id]).get(id);
  const refused = store.dispatch([{ type: 'addStatement', statement: { ...draft, ...(position && { position }) } }, { type: 'addInference', inference }]);
  return refused ? undefined : id;
}

/** Attaches a single-premise relation to another statement; a refusal message or undefined. */
export function reattach(store: MapStore, node: OutlineNode, target: NodeId | undefined): string | undefined {
  if (!node.inference || node.inference.premises.length !== 1 || !target || target === node.statement?.id) return 'This item cannot move there.';
  return store.dispatch([{ type: 'updateInference', id: node.inference.id, patch: { target } }]);
}

export function swapOrder(store: MapStore, a: OutlineNode, b: OutlineNode): string | undefined {
  const pa = a.statement?.position;
  const pb = b.statement?.position;
  if (!a.statement || !b.statement || !pa || !pb) return 'These items have no place on the canvas to swap.';
  const { direction } = store.state.getState().map;
  const swap = direction === 'LR' ? { a: { ...pa, y: pb.y }, b: { ...pb, y: pa.y } } : { a: { ...pa, x: pb.x }, b: { ...pb, x: pa.x } };
  return store.dispatch([{ type: 'moveStatements', positions: { [a.statement.id]: swap.a, [b.statement.id]: swap.b } }]);
}

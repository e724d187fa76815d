/**
 * Argdown relations → single-premise inferences:
 *   [A] +> [B]   support A→B            [A] -> [B]    attack A→B
 *   [A] _> <X>   attack A→(X's final inference step), an undercut
 *   [A] >< [B]   two attacks, A→B and B→A
 * Relations Warrant has no exact counterpart for are mapped as closely as it can, with a note:
 * support of an argument → support of its conclusion; attack on an argument → undercut of its
 * final step; undercut of a statement → attack on it.
 */
import type { Inference, NodeId, StatementId } from '../../model/types';
import { asInferenceId } from '../../model/ids';
import type { NodeRef, Relation } from './document';

interface Resolve {
  (ref: NodeRef, as: 'source' | 'statement'): StatementId | undefined;
  (ref: NodeRef, as: 'source' | 'statement' | 'inference'): NodeId | undefined;
}

export function addRelations(
  relations: readonly Relation[],
  resolve: Resolve,
  isReconstructed: (ref: NodeRef) => boolean,
  inferences: Inference[],
  allocate: (wish: string, fallback?: string) => string,
  notes: string[],
): void {
  const approximated = { 'support of an argument read as support of its conclusion': 0, 'attack on an argument read as undercut of its inference': 0, 'undercut of a statement read as attack': 0, 'relation of a statement to itself skipped': 0 };
  // Argdown already merged equal relations; this only catches a contradiction written next to an equal attack.
  const existing = new Set<string>();
  const add = (premise: StatementId | undefined, target: NodeId | undefined, polarity: Inference['polarity'], verb: string) => {
    if (premise === undefined || target === undefined) return;
    // A self-attack is kept (Dung's self-attacking argument); a statement supporting itself says nothing.
    if (premise === target && polarity === 'support') return void approximated['relation of a statement to itself skipped']++;
    const key = `${premise} ${polarity} ${target}`;
    if (existing.has(key)) return;
    existing.add(key);
    inferences.push({ id: asInferenceId(allocate(`${premise}-${verb}-${target}`, 'inference')), premises: [premise], target, polarity });
  };
  for (const r of relations) {
    const from = resolve(r.from, 'source');
    const toArgument = isReconstructed(r.to);
    if (r.type === 'support') {
      if (toArgument) approximated['support of an argument read as support of its conclusion']++;
      add(from, resolve(r.to, 'statement'), 'support', 'supports');
    } else if (r.type === 'attack') {
      if (toArgument) approximated['attack on an argument read as undercut of its inference']++;
      add(from, resolve(r.to, toArgument ? 'inference' : 'statement'), 'attack', toArgument ? 'undercuts' : 'attacks');
    } else if (r.type === 'undercut') {
      if (r.to.kind !== 'inference') approximated['undercut of a statement read as attack']++;
      add(from, resolve(r.to, r.to.kind === 'inference' ? 'inference' : 'statement'), 'attack', 'undercuts');
    } else {
      add(from, resolve(r.to, 'statement'), 'attack', 'attacks');
      add(resolve(r.to, 'source'), from, 'attack', 'attacks');
    }
  }
  for (const [what, n] of Object.entries(approximated)) if (n) notes.push(`${n} ${what}`);
}

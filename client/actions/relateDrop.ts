import { createStatement, toModelId } from '../../core/model';
import { type RelationChoice, relate } from '../../core/ops';
import type { ActionContext } from './action';
import { addStatementAt } from './editActions';
import { newInferenceId } from './ids';
import { performStructure } from './structure';

/** A connecting drag that ended on a card, a junction, or empty canvas ('' marks the side still to be created). */
export interface RelationDrop {
  readonly premise: string;
  /** A statement, or an inference (bare or as its junction node id). */
  readonly target: string;
  readonly newAt?: { readonly x: number; readonly y: number };
}

/** What the relation picker's choice does: the same core rule for every way of relating. */
export function applyRelationDrop(ctx: ActionContext, drop: RelationDrop, choice: RelationChoice): void {
  const target = toModelId(drop.target);
  if (drop.newAt) {
    if (choice === 'join') return ctx.notify('Only an argument’s joint can take another co-premise; drop on the joint.');
    addStatementAt(ctx, drop.newAt, (id) => {
      const { map } = ctx.store.state.getState();
      const withNew = { ...map, statements: [...map.statements, createStatement({ id })] };
      const result = relate(withNew, drop.premise || id, target || id, choice, newInferenceId);
      return result.ok ? result.ops : [];
    });
    return;
  }
  performStructure(ctx, relate(ctx.store.state.getState().map, drop.premise, target, choice, newInferenceId));
}

import type { WorkshopOp } from '../ops/workshopOps';
import { getRatingKey } from '../sync/workshop';
import { type Role, mayChangeRating, roleAllows } from './roles';

/**
 * Why this role may not write these workshop ops (undefined when it may): ratings follow
 * core/policy/roles (a comment link rates as itself only); rounds, scenarios and the
 * walkthrough are the facilitator's, so they need an edit link.
 */
export function checkWorkshopRole(role: Role, ops: readonly WorkshopOp[], me?: string): string | undefined {
  for (const op of ops) {
    if (op.type === 'setRating' || op.type === 'removeRating') {
      const key = op.type === 'setRating' ? getRatingKey(op.rating.participant, op.rating.target, op.rating.round) : getRatingKey(op.participant, op.target, op.round);
      if (!mayChangeRating(role, me, key, op.type === 'setRating' ? op.rating : undefined)) {
        return role === 'view' ? 'Your link lets you view this map, not rate it.' : 'Your link lets you change only your own ratings.';
      }
    } else if (!roleAllows(role, 'edit')) return 'Only someone with an edit link can run rounds, scenarios and the walkthrough.';
  }
  return undefined;
}

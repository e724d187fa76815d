import type { MapOp } from '../ops/ops';
import { COMMENTS } from '../sync/docShape';
import { RATINGS } from '../sync/workshop';

/**
 * Who may change what — the one role policy, used by the client (to refuse at once, with a
 * message) and by the server (to drop what a link may not write, whatever a client sends).
 *
 * - view: reads only.
 * - comment: writes comments (add, reply, edit, resolve, delete) and ratings — rating is what
 *   a workshop participant with a comment link is there to do. Nothing else of the map.
 * - edit: everything.
 * The server cannot tell whose browser wrote a rating (participants are not accounts), so
 * "their own" ratings is kept by the client writing only under its participant id.
 */
export const ROLES = ['view', 'comment', 'edit'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** True when `role` is at least `need` (edit ⊃ comment ⊃ view). */
export const roleAllows = (role: Role, need: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(need);

/** The document parts (Y.Doc root names, see core/sync/docShape and workshop) a role may change; undefined means all. */
export function getWritableRoots(role: Role): ReadonlySet<string> | undefined {
  if (role === 'edit') return undefined;
  return new Set(role === 'comment' ? [COMMENTS, RATINGS] : []);
}

export const canRate = (role: Role): boolean => role !== 'view';

/** Why this role may not write these ops (undefined when it may). */
export function checkRoleOps(role: Role, ops: readonly MapOp[]): string | undefined {
  if (role === 'edit' || ops.length === 0) return undefined;
  if (role === 'view') return 'Your link lets you view this map, not change it.';
  return ops.every((op) => op.type.endsWith('Comment')) ? undefined : 'Your link lets you comment on this map and rate it, not change it.';
}

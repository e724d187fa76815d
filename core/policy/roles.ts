import type { Comment } from '../model/types';
import type { MapOp } from '../ops/ops';
import { COMMENTS } from '../sync/docShape';
import { RATINGS } from '../sync/workshop';

/**
 * Who may change what — the one role policy, used by the client (to refuse at once, with a
 * message) and by the server (to drop what a link may not write, whatever a client sends).
 *
 * - view: reads only.
 * - comment: writes its own comments (add, reply, edit, resolve, delete) and its own ratings —
 *   rating is what a workshop participant with a comment link is there to do. Nothing else of
 *   the map, and nobody else's comments or ratings.
 * - edit: everything.
 * "Own" is by participant id (core/policy/participant): a comment's `owner`, a rating's
 * `participant` and the start of its key. The server knows each connection's participant id
 * from the secret key it presented, so a comment link cannot write under another id.
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

/** True when the role may change the map itself (statements, inferences, title, layout, sources, versions, links). */
export const canEditMap = (role: Role): boolean => role === 'edit';

type Owned = { readonly owner?: unknown } | undefined;

/**
 * True when a writer with this role and participant id may turn the comment `before` (undefined:
 * none yet) into `after` (undefined: deleted). Edit links may change anyone's; comment links
 * only their own, and new comments they write carry their own id.
 */
export function mayChangeComment(role: Role, me: string | undefined, before: Owned, after: Owned): boolean {
  if (role === 'edit') return true;
  if (role === 'view' || me === undefined) return false;
  return (before === undefined || before.owner === me) && (after === undefined || after.owner === me);
}

/** True when a writer may set (or, with `after` undefined, remove) the rating stored under `key`. */
export function mayChangeRating(role: Role, me: string | undefined, key: string, after: { readonly participant?: unknown } | undefined): boolean {
  if (role === 'edit') return true;
  if (!canRate(role) || me === undefined) return false;
  return key.startsWith(`${me}|`) && (after === undefined || after.participant === me);
}

const NOT_YOURS = 'Your link lets you change only your own comments.';

/**
 * Why this role may not write these ops (undefined when it may). `me` is the writer's
 * participant id and `comments` the map's comments, for the ownership of comment edits.
 */
export function checkRoleOps(role: Role, ops: readonly MapOp[], me?: string, comments: readonly Comment[] = []): string | undefined {
  if (role === 'edit' || ops.length === 0) return undefined;
  if (role === 'view') return 'Your link lets you view this map, not change it.';
  if (!ops.every((op) => op.type.endsWith('Comment'))) return 'Your link lets you comment on this map and rate it, not change it.';
  const byId = new Map<string, Comment>(comments.map((c) => [c.id, c]));
  for (const op of ops) {
    const ok = op.type === 'addComment' ? mayChangeComment(role, me, byId.get(op.comment.id), op.comment)
      : op.type === 'updateComment' ? mayChangeComment(role, me, byId.get(op.id), byId.get(op.id))
      : op.type === 'removeComment' ? mayChangeComment(role, me, byId.get(op.id), undefined) : false;
    if (!ok) return NOT_YOURS;
  }
  return undefined;
}

import * as Y from 'yjs';
import { type Role, getWritableRoots, mayChangeComment, mayChangeRating } from '../../core/policy/roles';
import { COMMENTS } from '../../core/sync';
import { RATINGS } from '../../core/sync/workshop';
import { type Change, inspectUpdate } from './inspectUpdate';
import { findInvalidRecord } from './recordRules';

/** Why an update was refused: by the link's role (`role`), because it changes someone else's
 * comment or rating (`owner`), because it
 * would store an invalid record, or for now, until the changes it builds on have arrived (`pending`). */
export type WriteVerdict = { readonly ok: true } | { readonly ok: false; readonly cause: 'role' | 'owner' | 'invalid' | 'pending'; readonly reason: string };

const OK: WriteVerdict = { ok: true };

/**
 * The names of the shared top-level types an update would change in `doc`; undefined when the
 * update depends on changes the document lacks.
 */
export function getTouchedRoots(doc: Y.Doc, update: Uint8Array): Set<string> | undefined {
  const changes = inspectUpdate(doc, update);
  return changes && new Set(changes.map((c) => c.place.root));
}

/**
 * Which incoming updates a connection may apply: edit links any valid change; comment links only
 * changes to the comments and ratings (core/policy/roles); view links nothing. An update that changes nothing passes (a
 * reconnecting viewer's sync reply repeats what it received: that is no edit). The update's
 * structs are read, not applied to a copy: a refused write costs about its own size, not the map's.
 */
export function createWriteGuard(role: Role, doc: Y.Doc, participant?: string): (update: Uint8Array) => WriteVerdict {
  const allowed = getWritableRoots(role);
  const notOwn = role === 'edit' ? undefined : findOthersEntry(doc, role, participant);
  return (update) => {
    const changes = inspectUpdate(doc, update);
    // A client back online may send a new edit before the offline ones it builds on (its sync
    // reply): the caller holds it until they arrive, and checks it then. Applied at once, it
    // would wait inside the document and slip in unchecked later.
    if (changes === undefined) return { ok: false, cause: 'pending', reason: 'builds on changes the server does not have yet' };
    if (changes.length === 0) return OK;
    if (allowed && !changes.every((c) => allowed.has(c.place.root))) return { ok: false, cause: 'role', reason: 'outside what this link may change' };
    const invalid = findInvalidRecord(doc, changes);
    if (invalid) return { ok: false, cause: 'invalid', reason: invalid };
    const others = notOwn?.(changes);
    return others ? { ok: false, cause: 'owner', reason: others } : OK;
  };
}

const valueOf = (content: Y.Item['content']): unknown => (content instanceof Y.ContentAny && content.arr.length === 1 ? content.arr[0] : undefined);
const ownedBy = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { owner?: unknown; participant?: unknown }) : {});

/**
 * For comment links: a check that every comment and rating an update changes is the writer's
 * own (core/policy/roles), judged by what the document holds now and by what the update writes.
 */
function findOthersEntry(doc: Y.Doc, role: Role, participant: string | undefined) {
  const comments = doc.getMap(COMMENTS);
  return (changes: readonly Change[]): string | undefined => {
    for (const ch of changes) {
      const key = ch.place.path[0];
      if (typeof key !== 'string') continue; // malformed: the record rules refuse it
      const after = ch.kind === 'insert' && !(ch.content instanceof Y.ContentDeleted) ? ownedBy(valueOf(ch.content)) : undefined;
      if (ch.place.root === COMMENTS) {
        const before = comments.get(key);
        if (!mayChangeComment(role, participant, before === undefined ? undefined : ownedBy(before), after)) return 'only your own comments can be changed with this link';
      } else if (ch.place.root === RATINGS) {
        if (!mayChangeRating(role, participant, key, after)) return 'only your own ratings can be changed with this link';
      }
    }
    return undefined;
  };
}

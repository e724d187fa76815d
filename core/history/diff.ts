import type { ArgumentMap, Comment, Inference, Source, Statement } from '../model/types';
import { changedFields } from './sameValue';

/**
 * What changed between two versions of a map, record by record.
 *
 * Worked example: before has statements a ("Trees cool cities") and b; after has a with the
 * text "Trees cool streets" and kind evidence, no b, and a new c. Then
 *   statements.added   = [c]
 *   statements.removed = [b]
 *   statements.changed = [{ id: 'a', fields: ['kind', 'text'] }]
 * and inferences, comments and sources list their own changes the same way. `meta` names the
 * map-level fields (title, description, direction) that differ.
 */
export interface MapDiff {
  readonly meta: readonly MetaField[];
  readonly statements: RecordDiff<Statement>;
  readonly inferences: RecordDiff<Inference>;
  readonly comments: RecordDiff<Comment>;
  readonly sources: RecordDiff<Source>;
}

export interface RecordDiff<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly ChangedRecord[];
}

export interface ChangedRecord {
  readonly id: string;
  /** Names of the fields whose values differ, sorted. */
  readonly fields: readonly string[];
}

export const META_FIELDS = ['title', 'description', 'direction'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Compares two lists of records with ids: what was added, removed and changed (by field). */
export function diffRecords<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): RecordDiff<T> {
  const old = new Map(before.map((r) => [r.id, r]));
  const next = new Map(after.map((r) => [r.id, r]));
  const changed: ChangedRecord[] = [];
  for (const r of after) {
    const prev = old.get(r.id);
    const fields = prev ? changedFields(prev, r) : [];
    if (fields.length > 0) changed.push({ id: r.id, fields });
  }
  return {
    added: after.filter((r) => !old.has(r.id)),
    removed: before.filter((r) => !next.has(r.id)),
    changed,
  };
}

/** The changes that turn `before` into `after`. */
export function diffMaps(before: ArgumentMap, after: ArgumentMap): MapDiff {
  return {
    meta: META_FIELDS.filter((f) => before[f] !== after[f]),
    statements: diffRecords(before.statements, after.statements),
    inferences: diffRecords(before.inferences, after.inferences),
    comments: diffRecords(before.comments, after.comments),
    sources: diffRecords(before.sources, after.sources),
  };
}

/** True when two maps hold the same content. */
export function isEmptyDiff(diff: MapDiff): boolean {
  const parts = [diff.statements, diff.inferences, diff.comments, diff.sources];
  return diff.meta.length === 0 && parts.every((p) => p.added.length + p.removed.length + p.changed.length === 0);
}

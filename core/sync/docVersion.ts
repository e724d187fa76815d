import * as Y from 'yjs';
import { MAP_VERSION } from '../model/types';
import { type Migrated, type MigrationRegistry, getMigrationSteps } from '../model/migrations';
import { getDocParts } from './docShape';

/**
 * The map format of a stored Y document and its migrations (the file side is
 * core/model/migrations.ts). The version is `meta.version`; a document without one is
 * version 1, so documents written before versions existed need no write to be read.
 * Applied when the server loads a room (SQLite or PostgreSQL) and when a browser has read its
 * IndexedDB copy, before the copy is synced anywhere: a newer document is refused there,
 * with nothing written.
 */
export interface DocMigration {
  /** The format version it reads; the document is version `from + 1` after it. */
  readonly from: number;
  readonly change: string;
  /** Rewrites the document in place (it runs inside one transaction). */
  readonly doc: (doc: Y.Doc) => void;
}

export const DOC_MIGRATIONS: readonly DocMigration[] = [];

export const DOC_MIGRATION_REGISTRY: MigrationRegistry<DocMigration> = { current: MAP_VERSION, migrations: DOC_MIGRATIONS };

/** Transaction origin of migrations: stored and shared like any edit, never undone. */
export const MIGRATE_ORIGIN = 'warrant:migrate';

/** The format version of a document (1 when it does not say). */
export function getDocVersion(doc: Y.Doc): number {
  const v = getDocParts(doc).meta.get('version');
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Brings a document to the current format in one transaction; refuses a newer one, leaving it untouched. */
export function migrateDoc(doc: Y.Doc, registry = DOC_MIGRATION_REGISTRY): Migrated<Y.Doc> {
  const from = getDocVersion(doc);
  const steps = getMigrationSteps(from, registry);
  if (!steps.ok || steps.value.length === 0) return steps.ok ? { ok: true, value: doc, from } : steps;
  doc.transact(() => {
    for (const step of steps.value) step.doc(doc);
    getDocParts(doc).meta.set('version', registry.current);
  }, MIGRATE_ORIGIN);
  return { ok: true, value: doc, from };
}

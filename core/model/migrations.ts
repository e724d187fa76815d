import { MAP_VERSION } from './types';

/**
 * How documents written by an older Warrant are brought up to the current map format, on load:
 * files and imports here (validateMap runs this first), stored Y documents — the server's
 * SQLite/PostgreSQL rooms and every browser's IndexedDB copy — in core/sync/docVersion.ts.
 *
 * To change the format: raise MAP_VERSION to N + 1, add `{ from: N, change, file }` here and
 * `{ from: N, change, doc }` to DOC_MIGRATIONS, and keep a version-N fixture in
 * test/fixtures/maps/ that test/core/model/migrations.test.ts loads. Version 1 is the first
 * format, so the lists are empty.
 *
 *   migrateMapFile({ version: 1, … })  → { ok: true, map: { version: MAP_VERSION, … }, from: 1 }
 *   migrateMapFile({ version: 99, … }) → { ok: false, message: 'This map was saved by a newer …' }
 */
export interface FileMigration {
  /** The format version it reads; it returns version `from + 1`. */
  readonly from: number;
  /** What changed, in a sentence. */
  readonly change: string;
  readonly file: (map: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export const FILE_MIGRATIONS: readonly FileMigration[] = [];

/** The versions a loader understands and the steps between them. */
export interface MigrationRegistry<M extends { readonly from: number }> {
  readonly current: number;
  readonly migrations: readonly M[];
}

export const MAP_MIGRATIONS: MigrationRegistry<FileMigration> = { current: MAP_VERSION, migrations: FILE_MIGRATIONS };

export type Migrated<T> = { readonly ok: true; readonly value: T; readonly from: number } | { readonly ok: false; readonly message: string };

/** What a person is told when a document is newer than this Warrant (short enough for a WebSocket close reason). */
export const getNewerVersionMessage = (version: number, current: number): string =>
  `This map was saved by a newer Warrant (map format ${version}; this one reads up to ${current}). Update Warrant to open it.`;

/** The steps from `from` to the registry's current version, in order, or why there are none. */
export function getMigrationSteps<M extends { readonly from: number }>(from: number, registry: MigrationRegistry<M>): Migrated<readonly M[]> {
  if (from > registry.current) return { ok: false, message: getNewerVersionMessage(from, registry.current) };
  const steps: M[] = [];
  for (let v = from; v < registry.current; v++) {
    const step = registry.migrations.find((m) => m.from === v);
    if (!step) return { ok: false, message: `This Warrant cannot read map format ${v} (no migration from it).` };
    steps.push(step);
  }
  return { ok: true, value: steps, from };
}

/**
 * A map file (parsed JSON) in the current format. A value without a usable version is passed
 * through for validation to report; a newer version is refused, the input left as it was.
 */
export function migrateMapFile(input: Readonly<Record<string, unknown>>, registry = MAP_MIGRATIONS): Migrated<Readonly<Record<string, unknown>>> {
  const from = input.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: true, value: input, from: registry.current };
  const steps = getMigrationSteps(from, registry);
  if (!steps.ok) return steps;
  const value = steps.value.reduce<Readonly<Record<string, unknown>>>((map, step) => ({ ...step.file(map), version: step.from + 1 }), input);
  return { ok: true, value, from };
}

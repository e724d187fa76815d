import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { type FileMigration, type MigrationRegistry, MAP_MIGRATIONS, MAP_VERSION, migrateMapFile, parseMap, validateMap } from '../../../core/model';
import {
  type DocMigration, DOC_MIGRATION_REGISTRY, MIGRATE_ORIGIN, createDocFromMap, getDocParts, getDocVersion, migrateDoc, readMap,
} from '../../../core/sync';
import { ROOT } from '../../helpers/server';

const FIXTURE = join(ROOT, 'test/fixtures/maps/version1.json');
const version1 = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('a version-1 document', () => {
  it('migrates and loads from a file, with the defaults of its format filled in', () => {
    const migrated = migrateMapFile(version1());
    expect(migrated.ok && migrated.from).toBe(1);
    const map = parseMap(readFileSync(FIXTURE, 'utf8'));
    expect(map.version).toBe(MAP_VERSION);
    expect(map.statements.find((s) => s.id === 'r1')).toMatchObject({ kind: 'claim', tags: [], anchors: [{ quote: 'Trees cool cities ' }] });
    expect(map.statements.find((s) => s.id === 'u')).not.toHaveProperty('pinned');
    expect(map.inferences.map((i) => i.id)).toEqual(['i1', 'u1']);
    expect(map.comments[1]).toMatchObject({ parent: 'c1', resolved: true });
  });

  it('migrates and loads from a stored document without a write', () => {
    const doc = createDocFromMap(parseMap(readFileSync(FIXTURE, 'utf8')));
    const before = Y.encodeStateAsUpdate(doc);
    expect(getDocVersion(doc)).toBe(1);
    const migrated = migrateDoc(doc);
    expect(migrated.ok && migrated.from).toBe(1);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readMap(doc).map.statements).toHaveLength(4);
  });

  it('has a step to every later version, for files and for stored documents alike', () => {
    for (const registry of [MAP_MIGRATIONS, DOC_MIGRATION_REGISTRY] as MigrationRegistry<{ from: number }>[]) {
      expect(registry.current).toBe(MAP_VERSION);
      for (let v = 1; v < MAP_VERSION; v++) expect(registry.migrations.some((m) => m.from === v), `a migration from ${v}`).toBe(true);
    }
  });
});

describe('a document from a future version', () => {
  it('is refused as a file with a clear message, and the input is left as it was', () => {
    const future = { ...version1(), version: MAP_VERSION + 1, statements: [{ id: 't', text: 'T', stance: 'new field' }] };
    const copy = structuredClone(future);
    const result = validateMap(future);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([{
      path: 'version',
      message: `This map was saved by a newer Warrant (map format ${MAP_VERSION + 1}; this one reads up to ${MAP_VERSION}). Update Warrant to open it.`,
    }]);
    expect(future).toEqual(copy);
    expect(() => parseMap(JSON.stringify(future))).toThrow(/saved by a newer Warrant/);
  });

  it('is refused as a stored document, which stays byte for byte as it was', () => {
    const doc = createDocFromMap(parseMap(readFileSync(FIXTURE, 'utf8')));
    getDocParts(doc).meta.set('version', MAP_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    const result = migrateDoc(doc);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/newer Warrant \(map format \d+; this one reads up to \d+\)/) });
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

// The registries are empty while version 1 is the only format; the mechanism is checked with a
// made-up history of two changes, applied to the real version-1 fixture.
describe('the migration steps', () => {
  const fileSteps: MigrationRegistry<FileMigration> = {
    current: 3,
    migrations: [
      { from: 2, change: 'notes are called remarks', file: (m) => ({ ...m, statements: (m.statements as { kind?: string }[]).map((s) => (s.kind === 'note' ? { ...s, kind: 'remark' } : s)) }) },
      { from: 1, change: 'every statement has a kind', file: (m) => ({ ...m, statements: (m.statements as object[]).map((s) => ({ kind: 'claim', ...s })) }) },
    ],
  };

  it('run in order from the document\'s version, each raising it by one', () => {
    const result = migrateMapFile(version1(), fileSteps);
    expect(result.ok && result.from).toBe(1);
    const map = result.ok ? (result.value as { version: number; statements: { id: string; kind: string }[] }) : undefined;
    expect(map?.version).toBe(3);
    expect(map?.statements.map((s) => s.kind)).toEqual(['thesis', 'claim', 'claim', 'evidence']);
    expect(migrateMapFile({ ...version1(), version: 2 }, fileSteps)).toMatchObject({ ok: true, from: 2 });
  });

  it('say which step is missing instead of guessing', () => {
    const gap = { current: 3, migrations: fileSteps.migrations.filter((m) => m.from !== 2) };
    expect(migrateMapFile(version1(), gap)).toEqual({ ok: false, message: 'This Warrant cannot read map format 2 (no migration from it).' });
  });

  it('rewrite a stored document in one transaction with the migration origin, and record its version', () => {
    const doc = createDocFromMap(parseMap(readFileSync(FIXTURE, 'utf8')));
    const steps: MigrationRegistry<DocMigration> = {
      current: 2,
      migrations: [{ from: 1, change: 'titles are trimmed', doc: (d) => getDocParts(d).meta.set('title', 'trimmed') }],
    };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
    expect(migrateDoc(doc, steps)).toMatchObject({ ok: true, from: 1 });
    expect(origins).toEqual([MIGRATE_ORIGIN]);
    expect(getDocVersion(doc)).toBe(2);
    expect(getDocParts(doc).meta.get('title')).toBe('trimmed');
    expect(migrateDoc(doc, steps)).toMatchObject({ ok: true, from: 2 });
    expect(origins).toHaveLength(1);
  });
});

import * as Y from 'yjs';
import { type RecordKind, type Source, validateRecord, validateMap, MAP_SCHEMA, MAP_VERSION, MAX_TEXT, STATEMENT_FIELDS } from '../../core/model';
import { COMMENTS, INFERENCES, META, SOURCES, STATEMENTS, getDocParts } from '../../core/sync';
import type { Change } from './inspectUpdate';

/** The longest statement text, as the map format allows (characters). */
export const MAX_STATEMENT_TEXT = MAX_TEXT;
/** Values of fields this server does not know (a newer client's) stay small. */
const MAX_UNKNOWN_JSON = 2_000;
/** Values under other roots (workshop data, ratings) are checked when read; here only their size. */
const MAX_OTHER_JSON = 100_000;

const RECORD_ROOTS: Record<string, RecordKind> = { [INFERENCES]: 'inference', [COMMENTS]: 'comment', [SOURCES]: 'source' };
const STATEMENT_VALUE_FIELDS = new Set<string>(STATEMENT_FIELDS.filter((f) => f !== 'id' && f !== 'text'));

const anyValue = (content: Y.Item["content"]): { ok: true; value: unknown } | { ok: false } =>
  content instanceof Y.ContentAny && content.arr.length === 1 ? { ok: true, value: content.arr[0] } : { ok: false };
const jsonLength = (v: unknown) => JSON.stringify(v)?.length ?? 0;

/**
 * Why the changes of an update would store an invalid record (undefined when they would not):
 * every new record value, statement field and meta field is checked on its own, and statement
 * texts against the length limit. References between records are left to the reader (concurrent
 * edits can leave them dangling; `readMap` drops those).
 */
export function findInvalidRecord(doc: Y.Doc, changes: readonly Change[]): string | undefined {
  const parts = getDocParts(doc);
  const sources = new Map<string, Source>([...parts.sources.entries()].map(([k, v]) => [k, v as Source]));
  for (const ch of changes) {
    if (ch.kind === 'insert' && ch.place.root === SOURCES && ch.place.path.length === 1) {
      const v = anyValue(ch.content);
      if (v.ok && typeof v.value === 'object' && v.value) sources.set(ch.place.path[0]!, v.value as Source);
    }
  }
  const addedText = new Map<string, number>();
  for (const ch of changes) {
    if (ch.kind !== 'insert' || ch.content instanceof Y.ContentDeleted) continue;
    const { root, path } = ch.place;
    const key = path[0];
    if (RECORD_ROOTS[root]) {
      if (path.length !== 1 || key === null) return `${root} holds records by id only`;
      const v = anyValue(ch.content);
      if (!v.ok) return `a ${RECORD_ROOTS[root]} must be one plain value`;
      const issues = validateRecord(RECORD_ROOTS[root], v.value, sources);
      if (issues.length > 0) return `invalid ${RECORD_ROOTS[root]} "${key.slice(0, 40)}": ${issues[0].path.replace(/^\w+\.?/, '') || 'record'} ${issues[0].message}`;
      if ((v.value as { id?: unknown }).id !== key) return `the ${RECORD_ROOTS[root]} "${key.slice(0, 40)}" is stored under another id`;
    } else if (root === STATEMENTS) {
      const why = checkStatementChange(ch.content, path, sources, addedText);
      if (why) return why;
    } else if (root === META) {
      const v = anyValue(ch.content);
      if (path.length !== 1 || key === null || !v.ok) return 'the map\'s title, description and direction are plain values';
      // Only a migration writes the format version, and only to the one this server reads.
      if (key === 'version') {
        if (v.value !== MAP_VERSION) return `this server reads map format ${MAP_VERSION}, not ${JSON.stringify(v.value)?.slice(0, 20)}`;
        continue;
      }
      if (!['title', 'description', 'direction'].includes(key)) {
        if (jsonLength(v.value) > MAX_UNKNOWN_JSON) return `the map field "${key.slice(0, 40)}" is too long`;
        continue;
      }
      const r = validateMap({ schema: MAP_SCHEMA, version: MAP_VERSION, title: 'x', statements: [], [key]: v.value });
      if (!r.ok) return `the map's ${key} ${r.issues[0].message}`;
    } else {
      const v = anyValue(ch.content);
      if (v.ok && jsonLength(v.value) > MAX_OTHER_JSON) return `a value in "${root.slice(0, 40)}" is too long`;
      if (ch.content instanceof Y.ContentString && ch.content.str.length > MAX_OTHER_JSON) return `a text in "${root.slice(0, 40)}" is too long`;
    }
  }
  for (const [id, added] of addedText) {
    const current = parts.statements.get(id)?.get('text');
    const length = (current instanceof Y.Text ? current.length : 0) + added;
    if (length > MAX_STATEMENT_TEXT) return `a statement's text is limited to ${MAX_STATEMENT_TEXT.toLocaleString('en')} characters`;
  }
  return undefined;
}

function checkStatementChange(content: Y.Item["content"], path: Place['path'], sources: Map<string, Source>, addedText: Map<string, number>): string | undefined {
  const [id, field] = path;
  if (id === null || id === undefined) return 'statements are stored by id only';
  if (path.length === 1) {
    if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.Map)) return 'a statement must be a map of its fields';
    const issues = validateRecord('statement', { id, text: '' });
    return issues.length > 0 ? `invalid statement id: ${issues[0].message}` : undefined;
  }
  if (field === 'text') {
    if (path.length === 2) return content instanceof Y.ContentType && content.type instanceof Y.Text ? undefined : "a statement's text must be a shared text";
    if (content instanceof Y.ContentString) addedText.set(id, (addedText.get(id) ?? 0) + content.str.length);
    else if (!(content instanceof Y.ContentFormat)) return "a statement's text holds characters only";
    return undefined;
  }
  if (path.length !== 2 || field === null) return 'statement fields are plain values';
  const v = anyValue(content);
  if (!v.ok) return 'statement fields are plain values';
  if (jsonLength(v.value) > MAX_OTHER_JSON) return `the statement field "${field.slice(0, 40)}" is too long`;
  if (!STATEMENT_VALUE_FIELDS.has(field)) return jsonLength(v.value) > MAX_UNKNOWN_JSON ? `the statement field "${field.slice(0, 40)}" is too long` : undefined;
  const issues = validateRecord('statement', { id, text: '', [field]: v.value }, sources);
  return issues.length > 0 ? `invalid statement "${id.slice(0, 40)}": ${field} ${issues[0].message}` : undefined;
}

type Place = Change['place'];

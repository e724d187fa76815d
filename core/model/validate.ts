import {
  type ArgumentMap, type Comment, type Inference, type LayoutDirection, type Source, type Statement,
  CommentSchema, InferenceSchema, LAYOUT_DIRECTIONS, MAP_SCHEMA, MAP_VERSION, SourceSchema, StatementSchema,
} from './types';
import { type RecordOf, createRecordCheck, isObj } from './schemaCheck';
import { MapShellSchema } from './mapSchema';
import { migrateMapFile } from './migrations';
import { checkWorkshop } from '../workshop/validate';
import { isEmptyWorkshop } from '../workshop/types';

/** One problem found in input: where (a JSON path such as `statements[3].kind`) and why. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly map: ArgumentMap }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function formatIssues(issues: readonly ValidationIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => `${i.path || '(map)'}: ${i.message}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return `Invalid map: ${shown.join('; ')}${more}`;
}

const FORMAT = 'the map format';
const checks = {
  map: createRecordCheck(MapShellSchema, FORMAT),
  statement: createRecordCheck(StatementSchema, FORMAT),
  inference: createRecordCheck(InferenceSchema, FORMAT),
  comment: createRecordCheck(CommentSchema, FORMAT),
  source: createRecordCheck(SourceSchema, FORMAT),
};

/** Collects the problems found, up to `maxIssues`, while records are read. */
interface Checker {
  readonly issues: ValidationIssue[];
  fail(path: string, message: string): void;
  /** The record in canonical form when it has its schema's shape; its issues otherwise. */
  record<K extends RecordKind>(kind: K, v: unknown, path: string): RecordOf<(typeof checks)[K]['schema']> | undefined;
}

function createChecker(maxIssues = 100): Checker {
  const issues: ValidationIssue[] = [];
  const fail = (path: string, message: string) => {
    if (issues.length < maxIssues) issues.push({ path, message });
  };
  return {
    issues,
    fail,
    record: (kind, v, path) => checks[kind].read(v, path, (i) => fail(i.path, i.message)) as never,
  };
}

function checkStatement(c: Checker, v: unknown, path: string, sources: ReadonlyMap<string, Source>): Statement | undefined {
  const s = c.record('statement', v, path) as Statement | undefined;
  if (!s) return undefined;
  let ok = true;
  s.anchors.forEach((a, i) => {
    const at = `${path}.anchors[${i}]`;
    if (a.end < a.start) return (ok = false), c.fail(at, 'start and end must be integers with 0 <= start <= end');
    const src = sources.get(a.source);
    if (!src) return (ok = false), c.fail(`${at}.source`, `no source with id "${a.source}"`);
    if (src.text.slice(a.start, a.end) !== a.quote) c.fail(`${at}.quote`, `does not match the source text at ${a.start}–${a.end}`);
  });
  return ok ? s : { ...s, anchors: s.anchors.filter((a) => a.start <= a.end && sources.has(a.source)) };
}

function checkReferences(c: Checker, map: ArgumentMap): void {
  const seen = new Map<string, string>();
  const own = (id: string, path: string) => {
    if (seen.has(id)) c.fail(path, `id "${id}" is already used by ${seen.get(id)}`);
    else seen.set(id, path);
  };
  map.statements.forEach((s, i) => own(s.id, `statements[${i}].id`));
  map.inferences.forEach((inf, i) => own(inf.id, `inferences[${i}].id`));
  const statementIds = new Set<string>(map.statements.map((s) => s.id));
  const inferenceIds = new Set<string>(map.inferences.map((i) => i.id));
  map.inferences.forEach((inf, i) => {
    const p = `inferences[${i}]`;
    inf.premises.forEach((pr, j) => !statementIds.has(pr) && c.fail(`${p}.premises[${j}]`, `no statement with id "${pr}"`));
    if (inferenceIds.has(inf.target)) {
      if (inf.polarity !== 'attack') c.fail(`${p}.polarity`, 'an inference that targets another inference must be an attack (undercut)');
      if (inf.target === inf.id) c.fail(`${p}.target`, 'an inference cannot undercut itself');
    } else if (!statementIds.has(inf.target)) c.fail(`${p}.target`, `no statement or inference with id "${inf.target}"`);
    // A statement may attack itself (Dung's self-attacking argument); supporting itself says nothing.
    if (inf.polarity === 'support' && inf.premises.some((pr) => pr === inf.target)) c.fail(`${p}.target`, 'a statement cannot support itself');
  });
  const commentIds = new Set<string>();
  map.comments.forEach((cm, i) => {
    if (commentIds.has(cm.id)) c.fail(`comments[${i}].id`, `id "${cm.id}" is used twice`);
    commentIds.add(cm.id);
    if (!statementIds.has(cm.target) && !inferenceIds.has(cm.target)) c.fail(`comments[${i}].target`, `no statement or inference with id "${cm.target}"`);
  });
  map.comments.forEach((cm, i) => cm.parent !== undefined && !commentIds.has(cm.parent) && c.fail(`comments[${i}].parent`, `no comment with id "${cm.parent}"`));
  const sourceIds = new Set<string>();
  map.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) c.fail(`sources[${i}].id`, `id "${s.id}" is used twice`);
    sourceIds.add(s.id);
  });
}

/**
 * Checks untrusted input (a parsed JSON value) against the map file format. Reports at most
 * `maxIssues` problems (a repair that drops every invalid record asks for all of them).
 */
export function validateMap(value: unknown, { maxIssues = 100 } = {}): ValidationResult {
  const c = createChecker(maxIssues);
  if (!isObj(value)) return { ok: false, issues: [{ path: '', message: 'a map must be a JSON object' }] };
  // An older file is read as the current format; a newer one is refused, whole.
  const migrated = migrateMapFile(value);
  if (!migrated.ok) return { ok: false, issues: [{ path: 'version', message: migrated.message }] };
  const input = migrated.value as Record<string, unknown>;
  if (!checks.map.isValid(input as unknown)) {
    for (const i of checks.map.issues(input, '')) c.fail(i.path, i.message);
  }
  const list = (key: string): unknown[] => (Array.isArray(input[key]) ? input[key] : []);
  const sources = list('sources').map((s, i) => c.record('source', s, `sources[${i}]`)).filter((s): s is Source => !!s);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const statements = list('statements').map((s, i) => checkStatement(c, s, `statements[${i}]`, byId)).filter((s): s is Statement => !!s);
  const inferences = list('inferences').map((s, i) => c.record('inference', s, `inferences[${i}]`)).filter((s): s is Inference => !!s);
  const comments = list('comments').map((s, i) => c.record('comment', s, `comments[${i}]`)).filter((s): s is Comment => !!s);
  const text = (key: string, fallback: string) => (typeof input[key] === 'string' ? (input[key] as string) : fallback);
  const direction = (LAYOUT_DIRECTIONS as readonly unknown[]).includes(input.direction) ? (input.direction as LayoutDirection) : 'TB';
  let map: ArgumentMap = {
    schema: MAP_SCHEMA, version: MAP_VERSION, title: text('title', ''), description: text('description', ''), direction,
    sources, statements, inferences, comments,
  };
  checkReferences(c, map);
  if (input.workshop !== undefined) {
    const refs = { statements: new Set(statements.map((s) => s.id)), inferences: new Set(inferences.map((i) => i.id)) };
    const { workshop, issues } = checkWorkshop(input.workshop, refs);
    issues.forEach((i) => c.fail(i.path, i.message));
    if (!isEmptyWorkshop(workshop)) map = { ...map, workshop };
  }
  // Paths in messages are JSON paths; strip the leading dot of top-level fields.
  const issues = c.issues.map((i) => ({ ...i, path: i.path.replace(/^\./, '') }));
  return issues.length ? { ok: false, issues } : { ok: true, map };
}

export type RecordKind = 'statement' | 'inference' | 'comment' | 'source';

/**
 * The problems of one record on its own (shape, field types and lengths; references to other
 * records are not checked), e.g. for a server that refuses invalid records before storing them.
 */
export function validateRecord(kind: RecordKind, value: unknown, sources: ReadonlyMap<string, Source> = new Map()): readonly ValidationIssue[] {
  const c = createChecker();
  if (kind === 'statement') checkStatement(c, value, kind, sources);
  else c.record(kind, value, kind);
  return c.issues;
}

/** Reads JSON text as a map: the map, or its problems (text that is not JSON is one problem). */
export function readMapText(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON (${(e as Error).message})` }] };
  }
  return validateMap(value);
}

/**
 * Parses a map file we ship or wrote ourselves (seeds, fixtures), throwing an Error that names
 * its first problems. Input from outside goes through readMapText, which returns them.
 */
export function parseMap(json: string): ArgumentMap {
  const result = readMapText(json);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.map;
}

/** The map as the canonical file text (stable key order, 2-space indent). */
export function serializeMap(map: ArgumentMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

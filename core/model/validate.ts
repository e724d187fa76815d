import {
  type Anchor,
  type ArgumentMap,
  type Comment,
  type Inference,
  type Source,
  type Statement,
  LAYOUT_DIRECTIONS,
  MAP_SCHEMA,
  MAP_VERSION,
  POLARITIES,
  STATEMENT_KINDS,
} from './types';
import { checkWorkshop } from '../workshop/validate';
import { ID_PATTERN } from './ids';
import { isEmptyWorkshop } from '../workshop/types';

/** One problem found in input: where (a JSON path such as `statements[3].kind`) and why. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly map: ArgumentMap }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Thrown by parseMap; its message names the first problems. */
export class MapValidationError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(formatIssues(issues));
    this.name = 'MapValidationError';
  }
}

export function formatIssues(issues: readonly ValidationIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => `${i.path || '(map)'}: ${i.message}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return `Invalid map: ${shown.join('; ')}${more}`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_RE = ID_PATTERN;
const MAX_TEXT = 100_000;
const MAX_SOURCE = 5_000_000;

class Checker {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly maxIssues = 100) {}
  fail(path: string, message: string): void {
    if (this.issues.length < this.maxIssues) this.issues.push({ path, message });
  }
  str(o: Obj, key: string, path: string, opts: { optional?: boolean; max?: number } = {}): string | undefined {
    const v = o[key];
    if (v === undefined && opts.optional) return undefined;
    if (typeof v !== 'string') return this.fail(`${path}.${key}`, v === undefined ? 'is required' : 'must be a string'), undefined;
    if (v.length > (opts.max ?? MAX_TEXT)) return this.fail(`${path}.${key}`, `is longer than ${opts.max ?? MAX_TEXT} characters`), undefined;
    return v;
  }
  id(o: Obj, key: string, path: string): string | undefined {
    const v = this.str(o, key, path, { max: 128 });
    if (v !== undefined && !ID_RE.test(v)) this.fail(`${path}.${key}`, `"${v}" is not a valid id (letters, digits, _ . : - only)`);
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = o[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }
  arr(o: Obj, key: string, path: string, optional = false): unknown[] {
    const v = o[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) return this.fail(`${path}.${key}`, 'must be an array'), [];
    return v;
  }
  /** Reports keys the format does not define (typos such as "premisses" would otherwise vanish). */
  known(o: Obj, keys: readonly string[], path: string): void {
    for (const k of Object.keys(o)) if (!keys.includes(k)) this.fail(`${path}.${k}`, 'is not a field of the map format');
  }
  strings(o: Obj, key: string, path: string): string[] {
    const list = this.arr(o, key, path, true);
    list.forEach((t, i) => typeof t !== 'string' && this.fail(`${path}.${key}[${i}]`, 'must be a string'));
    return list.filter((t): t is string => typeof t === 'string');
  }
}

function checkAnchor(c: Checker, v: unknown, path: string, sources: Map<string, Source>): Anchor | undefined {
  if (!isObj(v)) return c.fail(path, 'must be an object {source, start, end, quote}'), undefined;
  c.known(v, ['source', 'start', 'end', 'quote'], path);
  const source = c.str(v, 'source', path, { max: 128 });
  const quote = c.str(v, 'quote', path);
  const { start, end } = v;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    c.fail(path, 'start and end must be integers with 0 <= start <= end');
    return undefined;
  }
  if (source === undefined || quote === undefined) return undefined;
  const src = sources.get(source);
  if (!src) return c.fail(`${path}.source`, `no source with id "${source}"`), undefined;
  if (src.text.slice(start as number, end as number) !== quote) {
    c.fail(`${path}.quote`, `does not match the source text at ${String(start)}–${String(end)}`);
  }
  return { source, start: start as number, end: end as number, quote };
}

export const STATEMENT_FIELDS = ['id', 'text', 'kind', 'tags', 'anchors', 'color', 'position', 'pinned', 'collapsed'] as const;

function checkStatement(c: Checker, v: unknown, path: string, sources: Map<string, Source>): Statement | undefined {
  if (!isObj(v)) return c.fail(path, 'must be an object'), undefined;
  c.known(v, STATEMENT_FIELDS, path);
  const id = c.id(v, 'id', path);
  const text = c.str(v, 'text', path);
  const kind = c.oneOf(v, 'kind', path, STATEMENT_KINDS, 'claim');
  const tags = c.strings(v, 'tags', path);
  const anchors = c.arr(v, 'anchors', path, true).map((a, i) => checkAnchor(c, a, `${path}.anchors[${i}]`, sources));
  const color = c.str(v, 'color', path, { optional: true, max: 64 });
  let position: Statement['position'];
  if (v.position !== undefined) {
    const p = v.position;
    if (isObj(p) && Number.isFinite(p.x) && Number.isFinite(p.y)) position = { x: p.x as number, y: p.y as number };
    else c.fail(`${path}.position`, 'must be {x, y} with finite numbers');
  }
  for (const flag of ['pinned', 'collapsed'] as const) {
    if (v[flag] !== undefined && typeof v[flag] !== 'boolean') c.fail(`${path}.${flag}`, 'must be true or false');
  }
  if (id === undefined || text === undefined || kind === undefined) return undefined;
  return {
    id,
    text,
    kind,
    tags,
    anchors: anchors.filter((a): a is Anchor => a !== undefined),
    ...(color !== undefined && { color }),
    ...(position && { position }),
    ...(v.pinned === true && { pinned: true }),
    ...(v.collapsed === true && { collapsed: true }),
  };
}

function checkInference(c: Checker, v: unknown, path: string): Inference | undefined {
  if (!isObj(v)) return c.fail(path, 'must be an object'), undefined;
  c.known(v, ['id', 'premises', 'target', 'polarity', 'label', 'scheme', 'answers'], path);
  const id = c.id(v, 'id', path);
  const premises = c.strings(v, 'premises', path);
  if (premises.length === 0) c.fail(`${path}.premises`, 'needs at least one premise');
  if (new Set(premises).size !== premises.length) c.fail(`${path}.premises`, 'lists a premise twice');
  const target = c.str(v, 'target', path, { max: 128 });
  const polarity = c.oneOf(v, 'polarity', path, POLARITIES);
  const label = c.str(v, 'label', path, { optional: true, max: 500 });
  const scheme = c.str(v, 'scheme', path, { optional: true, max: 200 });
  const answers = checkAnswers(c, v.answers, `${path}.answers`);
  if (id === undefined || target === undefined || polarity === undefined) return undefined;
  return { id, premises, target, polarity, ...(label !== undefined && { label }), ...(scheme !== undefined && { scheme }), ...(answers && { answers }) };
}

/** The optional critical-question link of an inference; a dangling one is allowed (the question's inference may be gone). */
function checkAnswers(c: Checker, v: unknown, path: string): Inference['answers'] {
  if (v === undefined) return undefined;
  if (!isObj(v)) return c.fail(path, 'must be an object'), undefined;
  c.known(v, ['inference', 'question'], path);
  const inference = c.id(v, 'inference', path);
  const question = c.str(v, 'question', path, { max: 100 });
  return inference !== undefined && question !== undefined ? { inference, question } : undefined;
}

function checkComment(c: Checker, v: unknown, path: string): Comment | undefined {
  if (!isObj(v)) return c.fail(path, 'must be an object'), undefined;
  c.known(v, ['id', 'target', 'parent', 'author', 'text', 'createdAt', 'resolved'], path);
  const id = c.id(v, 'id', path);
  const target = c.str(v, 'target', path, { max: 128 });
  const parent = c.str(v, 'parent', path, { optional: true, max: 128 });
  const author = c.str(v, 'author', path, { max: 200 });
  const text = c.str(v, 'text', path);
  const createdAt = c.str(v, 'createdAt', path, { max: 64 });
  if (createdAt !== undefined && Number.isNaN(Date.parse(createdAt))) c.fail(`${path}.createdAt`, 'must be an ISO 8601 date');
  if (v.resolved !== undefined && typeof v.resolved !== 'boolean') c.fail(`${path}.resolved`, 'must be true or false');
  if ([id, target, author, text, createdAt].includes(undefined)) return undefined;
  return {
    id: id!, target: target!, author: author!, text: text!, createdAt: createdAt!,
    ...(parent !== undefined && { parent }),
    ...(v.resolved === true && { resolved: true }),
  };
}

function checkSource(c: Checker, v: unknown, path: string): Source | undefined {
  if (!isObj(v)) return c.fail(path, 'must be an object'), undefined;
  c.known(v, ['id', 'title', 'text', 'url'], path);
  const id = c.id(v, 'id', path);
  const title = c.str(v, 'title', path, { max: 500 });
  const text = c.str(v, 'text', path, { max: MAX_SOURCE });
  const url = c.str(v, 'url', path, { optional: true, max: 2000 });
  // Shown as a link to everyone: a `javascript:` or `data:` address would run in their browser.
  if (url !== undefined && !/^https?:\/\/[^\s]/i.test(url)) return c.fail(`${path}.url`, 'must be an http:// or https:// address'), undefined;
  if (id === undefined || title === undefined || text === undefined) return undefined;
  return { id, title, text, ...(url !== undefined && { url }) };
}

function checkReferences(c: Checker, map: ArgumentMap): void {
  const seen = new Map<string, string>();
  const own = (id: string, path: string) => {
    if (seen.has(id)) c.fail(path, `id "${id}" is already used by ${seen.get(id)}`);
    else seen.set(id, path);
  };
  map.statements.forEach((s, i) => own(s.id, `statements[${i}].id`));
  map.inferences.forEach((inf, i) => own(inf.id, `inferences[${i}].id`));
  const statementIds = new Set(map.statements.map((s) => s.id));
  const inferenceIds = new Set(map.inferences.map((i) => i.id));
  map.inferences.forEach((inf, i) => {
    const p = `inferences[${i}]`;
    inf.premises.forEach((pr, j) => !statementIds.has(pr) && c.fail(`${p}.premises[${j}]`, `no statement with id "${pr}"`));
    if (inferenceIds.has(inf.target)) {
      if (inf.polarity !== 'attack') c.fail(`${p}.polarity`, 'an inference that targets another inference must be an attack (undercut)');
      if (inf.target === inf.id) c.fail(`${p}.target`, 'an inference cannot undercut itself');
    } else if (!statementIds.has(inf.target)) c.fail(`${p}.target`, `no statement or inference with id "${inf.target}"`);
    if (inf.premises.includes(inf.target)) c.fail(`${p}.target`, 'a statement cannot be a premise of itself');
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
export function validateMap(input: unknown, { maxIssues = 100 } = {}): ValidationResult {
  const c = new Checker(maxIssues);
  if (!isObj(input)) return { ok: false, issues: [{ path: '', message: 'a map must be a JSON object' }] };
  if (input.schema !== MAP_SCHEMA) c.fail('schema', `must be "${MAP_SCHEMA}"`);
  c.known(input, ['schema', 'version', 'title', 'description', 'direction', 'sources', 'statements', 'inferences', 'comments', 'workshop'], '');
  if (input.version !== MAP_VERSION) {
    c.fail('version', typeof input.version === 'number' && input.version > MAP_VERSION
      ? `${input.version} is newer than this version of Warrant understands (${MAP_VERSION})`
      : `must be ${MAP_VERSION}`);
  }
  const title = c.str(input, 'title', '', { max: 500 }) ?? '';
  const description = c.str(input, 'description', '', { optional: true }) ?? '';
  const direction = c.oneOf(input, 'direction', '', LAYOUT_DIRECTIONS, 'TB') ?? 'TB';
  const sources = c.arr(input, 'sources', '', true).map((s, i) => checkSource(c, s, `sources[${i}]`)).filter((s): s is Source => !!s);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const statements = c.arr(input, 'statements', '').map((s, i) => checkStatement(c, s, `statements[${i}]`, byId)).filter((s): s is Statement => !!s);
  const inferences = c.arr(input, 'inferences', '', true).map((s, i) => checkInference(c, s, `inferences[${i}]`)).filter((s): s is Inference => !!s);
  const comments = c.arr(input, 'comments', '', true).map((s, i) => checkComment(c, s, `comments[${i}]`)).filter((s): s is Comment => !!s);
  let map: ArgumentMap = { schema: MAP_SCHEMA, version: MAP_VERSION, title, description, direction, sources, statements, inferences, comments };
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
  const c = new Checker();
  if (kind === 'statement') checkStatement(c, value, kind, sources as Map<string, Source>);
  else if (kind === 'inference') checkInference(c, value, kind);
  else if (kind === 'comment') checkComment(c, value, kind);
  else checkSource(c, value, kind);
  return c.issues;
}

/** Parses JSON text into a valid map or throws MapValidationError / SyntaxError-derived MapValidationError. */
export function parseMap(json: string): ArgumentMap {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new MapValidationError([{ path: '', message: `not valid JSON (${(e as Error).message})` }]);
  }
  const result = validateMap(value);
  if (!result.ok) throw new MapValidationError(result.issues);
  return result.map;
}

/** The map as the canonical file text (stable key order, 2-space indent). */
export function serializeMap(map: ArgumentMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

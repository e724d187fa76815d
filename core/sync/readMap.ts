import * as Y from 'yjs';
import { type ArgumentMap, type Statement, type ValidationIssue, MAP_SCHEMA, MAP_VERSION, STATEMENT_FIELDS, validateMap } from '../model';
import { getRemovalCascade } from '../ops/cascade';
import { getDocParts } from './docShape';
import { withWorkshop } from './workshop';

/** A statement's fields as stored in its Y.Map, converted to a plain record (unvalidated). */
export function readStatement(id: string, y: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  // Only the format's fields: a key written by a newer client is ignored, not fatal.
  for (const [key, value] of y.entries()) {
    if ((STATEMENT_FIELDS as readonly string[]).includes(key)) out[key] = value instanceof Y.Text ? value.toString() : value;
  }
  return out;
}

/**
 * Reads the map from a Y.Doc and validates it. Concurrent edits can leave references that
 * dangle (one user removes a statement while another links to it); those are dropped here,
 * and anything else invalid is dropped item by item and reported, so one bad record never
 * hides the whole map.
 */
export function readMap(doc: Y.Doc): { map: ArgumentMap; problems: readonly ValidationIssue[] } {
  const parts = getDocParts(doc);
  const statements = [...parts.statements.entries()].map(([id, y]) => readStatement(id, y));
  const raw = {
    schema: MAP_SCHEMA,
    version: MAP_VERSION,
    title: parts.meta.get('title') ?? 'Untitled map',
    description: parts.meta.get('description') ?? '',
    direction: parts.meta.get('direction') ?? 'TB',
    sources: [...parts.sources.values()],
    statements,
    inferences: [...parts.inferences.values()],
    comments: [...parts.comments.values()],
  };
  const first = validateMap(raw, { maxIssues: Infinity });
  if (first.ok) return { map: withWorkshop(doc, first.map), problems: [] };
  const repaired = repair(raw, first.issues);
  return { ...repaired, map: withWorkshop(doc, repaired.map) };
}

type Raw = Record<string, unknown> & { statements: unknown[]; inferences: unknown[]; comments: unknown[]; sources: unknown[] };
const RECORDS = /^(statements|inferences|comments|sources)\[(\d+)\]/;
const DEFAULTS: Record<string, unknown> = { title: 'Untitled map', description: '', direction: 'TB' };

/** Drops exactly the records the issues point at (however many), and dangling references after them. */
function dropInvalid(raw: Raw, issues: readonly ValidationIssue[]): Raw {
  const bad = new Map<string, Set<number>>();
  const fields: Record<string, unknown> = {};
  for (const issue of issues) {
    const m = RECORDS.exec(issue.path);
    if (m) bad.set(m[1], (bad.get(m[1]) ?? new Set()).add(Number(m[2])));
    else if (issue.path in DEFAULTS) fields[issue.path] = DEFAULTS[issue.path];
  }
  const keep = <T>(key: string, list: T[]) => list.filter((_, i) => !bad.get(key)?.has(i));
  const sources = keep('sources', raw.sources);
  const statements = keep('statements', raw.statements) as Statement[];
  const ids = new Set<string>(statements.map((s) => s.id));
  const inferences = keep('inferences', raw.inferences) as ArgumentMap['inferences'][number][];
  const infIds = new Set<string>(inferences.map((i) => i.id));
  const missing = new Set(inferences.flatMap((i) => [...i.premises, i.target]).filter((x) => !ids.has(x) && !infIds.has(x)));
  const { removeInferences, shrinkPremises } = getRemovalCascade(inferences, missing);
  const liveInferences = inferences
    .filter((i) => !removeInferences.has(i.id))
    .map((i) => (shrinkPremises.has(i.id) ? { ...i, premises: shrinkPremises.get(i.id)! } : i));
  const live = new Set<string>([...ids, ...liveInferences.map((i) => i.id)]);
  const comments = (keep('comments', raw.comments) as { target: string }[]).filter((c) => live.has(c.target));
  return { ...raw, ...fields, sources, statements, inferences: liveInferences, comments };
}

function repair(raw: Raw, issues: readonly ValidationIssue[]): { map: ArgumentMap; problems: readonly ValidationIssue[] } {
  // Each pass drops what the last one found; a drop can orphan a reply or an anchor, hence a few passes.
  let current = raw;
  let found = issues;
  for (let pass = 0; pass < 5; pass++) {
    current = dropInvalid(current, found);
    const next = validateMap(current, { maxIssues: Infinity });
    if (next.ok) return { map: next.map, problems: issues };
    found = next.issues;
  }
  // Last resort: statements only, so the canvas still shows something.
  const third = validateMap({ ...current, sources: [], statements: current.statements.map((s) => ({ ...(s as object), anchors: [] })), inferences: [], comments: [] });
  return { map: third.ok ? third.map : { ...(raw as unknown as ArgumentMap), statements: [], inferences: [], comments: [], sources: [] }, problems: [...issues, ...(third.ok ? [] : third.issues)] };
}

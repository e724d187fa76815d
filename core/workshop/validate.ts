import { Type } from '@sinclair/typebox';
import {
  type Rating, type Round, type Scenario, type Walkthrough, type WalkthroughStep, type WorkshopData,
  RatingSchema, RoundSchema, ScenarioSchema, WalkthroughSchema, WorkshopSchema,
} from './types';
import { type RecordOf, createRecordCheck, isObj } from '../model/schemaCheck';

/**
 * Checking workshop data from outside (a map file's `workshop` field, or records read from the
 * shared document). Like the map's own validation, every problem names its JSON path; unlike
 * it, a bad record is dropped and the rest kept, so one stray rating never hides a map.
 *
 *   checkWorkshop({ ratings: [{ participant: 'p1', target: 'thesis', stance: 'maybe', at }] }, ids)
 *   → issues: [{ path: 'workshop.ratings[0].stance', message: 'must be one of agree, disagree' }]
 */

export interface WorkshopIssue {
  readonly path: string;
  readonly message: string;
}

/** The ids workshop records may refer to. */
export interface WorkshopRefs {
  readonly statements: ReadonlySet<string>;
  readonly inferences: ReadonlySet<string>;
}

export interface CheckOptions {
  /** Drop references to statements that no longer exist instead of reporting them (live documents). */
  readonly dropDangling?: boolean;
  /** Path prefix of the messages. */
  readonly path?: string;
}

const WHAT = 'workshop data';
const checks = {
  rating: createRecordCheck(RatingSchema, WHAT),
  round: createRecordCheck(RoundSchema, WHAT),
  scenario: createRecordCheck(ScenarioSchema, WHAT),
  walkthrough: createRecordCheck(WalkthroughSchema, WHAT),
  // The sections only: their records are checked one by one, so one bad record never hides the rest.
  workshop: createRecordCheck(Type.Object(
    Object.fromEntries(Object.entries(WorkshopSchema.properties).map(([k, v]) => [k, Type.Optional(v.type === 'array' ? Type.Array(Type.Unknown()) : Type.Unknown())])),
    { additionalProperties: false },
  ), WHAT),
};

/** The record in canonical form when it has its schema's shape; undefined (and its issues added) otherwise. */
const shaped = <K extends keyof typeof checks>(kind: K, v: unknown, path: string, issues: WorkshopIssue[]) =>
  checks[kind].read(v, path, (i) => issues.push(i)) as RecordOf<(typeof checks)[K]['schema']> | undefined;

export function checkRating(v: unknown, path: string, refs: WorkshopRefs, rounds: ReadonlySet<string>, issues: WorkshopIssue[]): Rating | undefined {
  const r = shaped('rating', v, path, issues);
  if (!r) return undefined;
  const before = issues.length;
  const fail = (key: string, message: string) => void issues.push({ path: `${path}.${key}`, message });
  if (r.round !== undefined && !rounds.has(r.round)) fail('round', `no round with id "${r.round}"`);
  if (refs.statements.has(r.target)) {
    if (r.stance === undefined) fail('stance', 'a statement rating needs a stance: agree or disagree');
    if (r.strength !== undefined) fail('strength', 'belongs to inference ratings; a statement is rated with a stance');
  } else if (refs.inferences.has(r.target)) {
    if (r.strength === undefined) fail('strength', 'an inference rating needs a strength: strong or weak');
    if (r.stance !== undefined || r.confidence !== undefined) fail('stance', 'belongs to statement ratings; an inference is rated strong or weak');
  } else fail('target', `no statement or inference with id "${r.target}"`);
  return issues.length > before ? undefined : r;
}

export function checkRound(v: unknown, path: string, issues: WorkshopIssue[]): Round | undefined {
  const r = shaped('round', v, path, issues);
  if (!r) return undefined;
  if (!r.name.trim()) return void issues.push({ path: `${path}.name`, message: 'must not be empty' });
  if (r.closedAt && Date.parse(r.closedAt) < Date.parse(r.openedAt)) return void issues.push({ path: `${path}.closedAt`, message: 'is before openedAt' });
  return r;
}

/** The ids of a list that name a statement or inference; others are dropped (`drop`) or reported. */
function knownIds(ids: readonly string[], path: string, known: (id: string) => boolean, drop: boolean, issues: WorkshopIssue[]): string[] {
  const out: string[] = [];
  ids.forEach((id, i) => {
    if (known(id)) out.push(id);
    else if (!drop) issues.push({ path: `${path}[${i}]`, message: `no statement or inference with id "${id}"` });
  });
  return [...new Set(out)];
}

export function checkScenario(v: unknown, path: string, refs: WorkshopRefs, issues: WorkshopIssue[], drop = false): Scenario | undefined {
  const s = shaped('scenario', v, path, issues);
  if (!s) return undefined;
  const before = issues.length;
  const known = (x: string) => refs.statements.has(x) || refs.inferences.has(x);
  const accept = knownIds(s.accept, `${path}.accept`, known, drop, issues);
  const reject = knownIds(s.reject, `${path}.reject`, known, drop, issues);
  const both = accept.find((x) => reject.includes(x));
  if (both) issues.push({ path: `${path}.reject`, message: `"${both}" cannot be both accepted and rejected` });
  if (!s.name.trim()) issues.push({ path: `${path}.name`, message: 'must not be empty' });
  return issues.length > before ? undefined : { ...s, accept, reject };
}

export function checkWalkthrough(v: unknown, path: string, refs: WorkshopRefs, issues: WorkshopIssue[], drop = false): Walkthrough | undefined {
  const w = shaped('walkthrough', v, path, issues);
  if (!w) return undefined;
  const before = issues.length;
  const steps: WalkthroughStep[] = [];
  w.steps.forEach((s, i) => {
    if (refs.statements.has(s.statement)) steps.push({ statement: s.statement, note: s.note ?? '' });
    else if (!drop) issues.push({ path: `${path}.steps[${i}].statement`, message: `no statement with id "${s.statement}"` });
  });
  return issues.length > before ? undefined : { ...w, steps };
}

/**
 * Checks a `workshop` value against the ids of the map it belongs to. Returns what is valid
 * (invalid records dropped) and the issues found.
 */
export function checkWorkshop(input: unknown, refs: WorkshopRefs, options: CheckOptions = {}): { workshop: WorkshopData; issues: WorkshopIssue[] } {
  const base = options.path ?? 'workshop';
  const drop = options.dropDangling ?? false;
  const issues: WorkshopIssue[] = [];
  if (!isObj(input)) return { workshop: { ratings: [], rounds: [], scenarios: [] }, issues: [{ path: base, message: 'must be an object {ratings, rounds, scenarios, walkthrough}' }] };
  issues.push(...checks.workshop.issues(input, base));
  const list = (key: string): unknown[] => (Array.isArray(input[key]) ? input[key] : []);
  const rounds = list('rounds').map((r, i) => checkRound(r, `${base}.rounds[${i}]`, issues)).filter((r): r is Round => !!r);
  const roundIds = new Set<string>();
  rounds.forEach((r, i) => (roundIds.has(r.id) ? issues.push({ path: `${base}.rounds[${i}].id`, message: `id "${r.id}" is used twice` }) : roundIds.add(r.id)));
  const keys = new Set<string>();
  const ratings: Rating[] = [];
  list('ratings').forEach((r, i) => {
    const p = `${base}.ratings[${i}]`;
    const target = isObj(r) ? r.target : undefined;
    if (drop && typeof target === 'string' && !refs.statements.has(target) && !refs.inferences.has(target)) return;
    const rating = checkRating(r, p, refs, roundIds, issues);
    if (!rating) return;
    const key = `${rating.participant}|${rating.target}|${rating.round ?? ''}`;
    if (keys.has(key)) return void issues.push({ path: p, message: 'the same participant rated this target twice in the same round' });
    keys.add(key);
    ratings.push(rating);
  });
  const scenarios = list('scenarios').map((s, i) => checkScenario(s, `${base}.scenarios[${i}]`, refs, issues, drop)).filter((s): s is Scenario => !!s);
  const walkthrough = input.walkthrough === undefined ? undefined : checkWalkthrough(input.walkthrough, `${base}.walkthrough`, refs, issues, drop);
  return { workshop: { ratings, rounds, scenarios, ...(walkthrough && { walkthrough }) }, issues };
}

import {
  type Rating, type Round, type Scenario, type Walkthrough, type WalkthroughStep, type WorkshopData,
  MAX_CONFIDENCE, MIN_CONFIDENCE, STANCES, STRENGTHS,
} from './types';

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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && !Number.isNaN(Date.parse(v));

/** Collects issues for one record; each check returns the value or undefined. */
function recordChecker(v: Obj, path: string, issues: WorkshopIssue[], fields: readonly string[]) {
  const fail = (key: string, message: string): undefined => void issues.push({ path: key ? `${path}.${key}` : path, message });
  for (const k of Object.keys(v)) if (!fields.includes(k)) fail(k, 'is not a field of workshop data');
  return {
    fail,
    text(key: string, max: number, optional = false): string | undefined {
      const x = v[key];
      if (x === undefined && optional) return undefined;
      if (typeof x !== 'string') return fail(key, x === undefined ? 'is required' : 'must be a string');
      if (x.length > max) return fail(key, `is longer than ${max} characters`);
      return x;
    },
    id(key: string): string | undefined {
      const x = this.text(key, 128);
      if (x !== undefined && !ID_RE.test(x)) return fail(key, `"${x}" is not a valid id (letters, digits, _ . : - only)`);
      return x;
    },
    date(key: string, optional = false): string | undefined {
      const x = v[key];
      if (x === undefined && optional) return undefined;
      return isDate(x) ? x : fail(key, x === undefined ? 'is required' : 'must be an ISO 8601 date');
    },
    oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
      const x = v[key];
      if (x === undefined) return undefined;
      return (allowed as readonly unknown[]).includes(x) ? (x as T) : fail(key, `must be one of ${allowed.join(', ')}`);
    },
  };
}

export function checkRating(v: unknown, path: string, refs: WorkshopRefs, rounds: ReadonlySet<string>, issues: WorkshopIssue[]): Rating | undefined {
  if (!isObj(v)) return void issues.push({ path, message: 'must be an object {participant, target, stance | strength, at}' });
  const before = issues.length;
  const c = recordChecker(v, path, issues, ['participant', 'name', 'target', 'round', 'stance', 'confidence', 'strength', 'at']);
  const participant = c.id('participant');
  const name = c.text('name', 200, true);
  const target = c.text('target', 128);
  const round = c.text('round', 128, true);
  const stance = c.oneOf('stance', STANCES);
  const strength = c.oneOf('strength', STRENGTHS);
  const at = c.date('at');
  const confidence = v.confidence;
  if (confidence !== undefined && !(Number.isInteger(confidence) && (confidence as number) >= MIN_CONFIDENCE && (confidence as number) <= MAX_CONFIDENCE)) {
    c.fail('confidence', `must be a whole number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}`);
  }
  if (round !== undefined && !rounds.has(round)) c.fail('round', `no round with id "${round}"`);
  if (target !== undefined) {
    if (refs.statements.has(target)) {
      if (v.stance === undefined) c.fail('stance', 'a statement rating needs a stance: agree or disagree');
      if (v.strength !== undefined) c.fail('strength', 'belongs to inference ratings; a statement is rated with a stance');
    } else if (refs.inferences.has(target)) {
      if (v.strength === undefined) c.fail('strength', 'an inference rating needs a strength: strong or weak');
      if (v.stance !== undefined || v.confidence !== undefined) c.fail('stance', 'belongs to statement ratings; an inference is rated strong or weak');
    } else c.fail('target', `no statement or inference with id "${target}"`);
  }
  if (issues.length > before || participant === undefined || target === undefined || at === undefined) return undefined;
  return {
    participant, target, at,
    ...(name !== undefined && { name }),
    ...(round !== undefined && { round }),
    ...(stance !== undefined && { stance }),
    ...(confidence !== undefined && { confidence: confidence as number }),
    ...(strength !== undefined && { strength }),
  };
}

export function checkRound(v: unknown, path: string, issues: WorkshopIssue[]): Round | undefined {
  if (!isObj(v)) return void issues.push({ path, message: 'must be an object {id, name, openedAt, closedAt?}' });
  const before = issues.length;
  const c = recordChecker(v, path, issues, ['id', 'name', 'openedAt', 'closedAt']);
  const id = c.id('id');
  const name = c.text('name', 200);
  const openedAt = c.date('openedAt');
  const closedAt = c.date('closedAt', true);
  if (name !== undefined && !name.trim()) c.fail('name', 'must not be empty');
  if (openedAt && closedAt && Date.parse(closedAt) < Date.parse(openedAt)) c.fail('closedAt', 'is before openedAt');
  if (issues.length > before || !id || name === undefined || !openedAt) return undefined;
  return { id, name, openedAt, ...(closedAt !== undefined && { closedAt }) };
}

function idList(v: Obj, key: string, path: string, known: (id: string) => boolean, drop: boolean, issues: WorkshopIssue[]): string[] {
  const x = v[key] ?? [];
  if (!Array.isArray(x)) return issues.push({ path: `${path}.${key}`, message: 'must be an array of ids' }), [];
  const out: string[] = [];
  x.forEach((id, i) => {
    if (typeof id !== 'string') issues.push({ path: `${path}.${key}[${i}]`, message: 'must be a string' });
    else if (known(id)) out.push(id);
    else if (!drop) issues.push({ path: `${path}.${key}[${i}]`, message: `no statement or inference with id "${id}"` });
  });
  return [...new Set(out)];
}

export function checkScenario(v: unknown, path: string, refs: WorkshopRefs, issues: WorkshopIssue[], drop = false): Scenario | undefined {
  if (!isObj(v)) return void issues.push({ path, message: 'must be an object {id, name, accept, reject, author, createdAt}' });
  const before = issues.length;
  const c = recordChecker(v, path, issues, ['id', 'name', 'accept', 'reject', 'author', 'createdAt']);
  const id = c.id('id');
  const name = c.text('name', 200);
  const author = c.text('author', 200);
  const createdAt = c.date('createdAt');
  const known = (x: string) => refs.statements.has(x) || refs.inferences.has(x);
  const accept = idList(v, 'accept', path, known, drop, issues);
  const reject = idList(v, 'reject', path, known, drop, issues);
  const both = accept.find((x) => reject.includes(x));
  if (both) c.fail('reject', `"${both}" cannot be both accepted and rejected`);
  if (name !== undefined && !name.trim()) c.fail('name', 'must not be empty');
  if (issues.length > before || !id || name === undefined || author === undefined || !createdAt) return undefined;
  return { id, name, accept, reject, author, createdAt };
}

export function checkWalkthrough(v: unknown, path: string, refs: WorkshopRefs, issues: WorkshopIssue[], drop = false): Walkthrough | undefined {
  if (!isObj(v)) return void issues.push({ path, message: 'must be an object {steps, updatedAt}' });
  const before = issues.length;
  const c = recordChecker(v, path, issues, ['steps', 'author', 'updatedAt']);
  const author = c.text('author', 200, true);
  const updatedAt = c.date('updatedAt');
  const raw = Array.isArray(v.steps) ? v.steps : (c.fail('steps', 'must be an array'), []);
  const steps: WalkthroughStep[] = [];
  raw.forEach((s, i) => {
    const p = `${path}.steps[${i}]`;
    if (!isObj(s)) return void issues.push({ path: p, message: 'must be an object {statement, note}' });
    const sc = recordChecker(s, p, issues, ['statement', 'note']);
    const statement = sc.text('statement', 128);
    const note = sc.text('note', 5000, true) ?? '';
    if (statement === undefined) return;
    if (refs.statements.has(statement)) steps.push({ statement, note });
    else if (!drop) sc.fail('statement', `no statement with id "${statement}"`);
  });
  if (issues.length > before || !updatedAt) return undefined;
  return { steps, updatedAt, ...(author !== undefined && { author }) };
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
  const c = recordChecker(input, base, issues, ['ratings', 'rounds', 'scenarios', 'walkthrough']);
  const list = (key: string): unknown[] => {
    const x = input[key];
    if (x === undefined) return [];
    return Array.isArray(x) ? x : (c.fail(key, 'must be an array'), []);
  };
  const rounds = list('rounds').map((r, i) => checkRound(r, `${base}.rounds[${i}]`, issues)).filter((r): r is Round => !!r);
  const roundIds = new Set<string>();
  rounds.forEach((r, i) => (roundIds.has(r.id) ? c.fail(`rounds[${i}].id`, `id "${r.id}" is used twice`) : roundIds.add(r.id)));
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

import { FormatRegistry, type TObject, type TSchema, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/errors';

/**
 * Checks a value against one record schema (compiled once, so a check costs about as much as
 * the hand-written code it replaced) and words what is wrong for the person who will read it.
 *
 *   const check = createRecordCheck(StatementSchema, 'the map format');
 *   check.issues({ id: 'a', text: 'A', kind: 'opinion' }, 'statements[0]')
 *   → [{ path: 'statements[0].kind', message: 'must be one of thesis, claim, evidence, … ' }]
 *
 * A schema node may carry `errorMessage` (the ajv-errors convention, so the published JSON
 * Schema says the same): a string replaces every message at or below that node, an object
 * replaces the message of one keyword (`{ minItems: 'needs at least one premise' }`).
 */

/** Records are readonly all the way down; the schema's static type is not. (Branded id strings stay as they are.) */
export type Immutable<T> = T extends string ? T : T extends (infer U)[]
  ? readonly Immutable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Immutable<T[K]> }
    : T;

/** The readonly record type a schema describes. */
export type RecordOf<S extends TSchema> = Immutable<Static<S>>;

export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** A plain object (not an array, not null). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));

const KEYWORD: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.ArrayUniqueItems]: 'uniqueItems',
  [ValueErrorType.StringMinLength]: 'minLength',
  [ValueErrorType.StringPattern]: 'pattern',
};

type Node = TSchema & { errorMessage?: string | Record<string, string> };

/** `/anchors/0/quote` → `.anchors[0].quote` */
const toPath = (segments: readonly string[]) => segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');

const child = (node: Node | undefined, segment: string): Node | undefined =>
  node?.properties?.[segment] ?? (node?.type === 'array' ? node.items : undefined);

function describe(e: ValueError, what: string): string {
  const s = e.schema as Node;
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty: return 'is required';
    case ValueErrorType.ObjectAdditionalProperties: return `is not a field of ${what}`;
    case ValueErrorType.Object: return 'must be an object';
    case ValueErrorType.String: return 'must be a string';
    case ValueErrorType.StringMaxLength: return `is longer than ${s.maxLength} characters`;
    case ValueErrorType.StringMinLength: return 'must not be empty';
    case ValueErrorType.StringPattern: return `"${String(e.value).slice(0, 140)}" is not a valid id (letters, digits, _ . : - only)`;
    case ValueErrorType.StringFormat: return 'must be an ISO 8601 date';
    case ValueErrorType.Boolean: return 'must be true or false';
    case ValueErrorType.Array: return 'must be an array';
    case ValueErrorType.Number: return 'must be a finite number';
    case ValueErrorType.Integer: return 'must be a whole number';
    case ValueErrorType.Literal: return `must be ${JSON.stringify(s.const)}`;
    case ValueErrorType.Union:
      return (s.anyOf as Node[]).every((o) => 'const' in o)
        ? `must be one of ${(s.anyOf as Node[]).map((o) => String(o.const)).join(', ')}`
        : 'has the wrong shape';
    default: return e.message.toLowerCase();
  }
}

export interface RecordCheck<S extends TObject> {
  readonly schema: S;
  /** The record in canonical form (normalizeRecord) when it has its shape; else undefined, each issue reported. */
  readonly read: (value: unknown, path: string, report: (issue: SchemaIssue) => void) => RecordOf<S> | undefined;
  /** True when the value has the record's shape (the fast path: no allocation). */
  readonly isValid: (value: unknown) => value is Static<S>;
  /** What is wrong with the value's shape, one issue per field, paths prefixed with `path`. */
  readonly issues: (value: unknown, path: string) => SchemaIssue[];
}

/** A compiled check of one record schema; `what` names the format in "is not a field of …". */
export function createRecordCheck<S extends TObject>(schema: S, what: string): RecordCheck<S> {
  const compiled = TypeCompiler.Compile(schema);
  return {
    schema,
    read(value, path, report) {
      if (compiled.Check(value)) return normalizeRecord(schema, value as Record<string, unknown>);
      this.issues(value, path).forEach(report);
      return undefined;
    },
    isValid: (value): value is Static<S> => compiled.Check(value),
    issues(value, path) {
      const out: SchemaIssue[] = [];
      const seen = new Set<string>();
      for (const e of compiled.Errors(value)) {
        const segments = e.path.split('/').slice(1);
        // The nearest node on the way that words its own errors.
        let node: Node | undefined = schema;
        let at = segments.length;
        let message: string | undefined;
        for (let i = 0; i <= segments.length && node; i++) {
          if (typeof node.errorMessage === 'string') {
            message = node.errorMessage;
            at = i;
            break;
          }
          if (i < segments.length) node = child(node, segments[i]);
        }
        const keyword = KEYWORD[e.type];
        const own = (e.schema as Node).errorMessage;
        message ??= keyword && typeof own === 'object' ? own[keyword] : undefined;
        const where = `${path}${toPath(segments.slice(0, at))}`;
        if (seen.has(where)) continue; // a missing field is also "not a string": say it once
        seen.add(where);
        out.push({ path: where, message: message ?? describe(e, what) });
      }
      return out;
    },
  };
}

/**
 * The record in canonical form: the schema's fields in the schema's order, defaults filled in
 * (an array default is a new empty array), and a `false` flag left out (a flag that is not set is false).
 * Only for values that passed the check.
 */
export function normalizeRecord<S extends TObject>(schema: S, value: Record<string, unknown>): RecordOf<S> {
  const out: Record<string, unknown> = {};
  for (const { key, fallback, flag } of planOf(schema)) {
    let v = value[key];
    if (v === undefined && fallback !== undefined) v = Array.isArray(fallback) ? [] : fallback;
    if (v === undefined || (flag && v === false)) continue;
    out[key] = v;
  }
  return out as RecordOf<S>;
}

interface FieldPlan { readonly key: string; readonly fallback: unknown; readonly flag: boolean }
const plans = new WeakMap<TObject, readonly FieldPlan[]>();
/** The fields of a schema as normalizeRecord walks them, worked out once per schema (it runs per record). */
function planOf(schema: TObject): readonly FieldPlan[] {
  let plan = plans.get(schema);
  if (!plan) {
    plan = Object.entries(schema.properties).map(([key, f]) => ({ key, fallback: (f as Node).default, flag: f.type === 'boolean' }));
    plans.set(schema, plan);
  }
  return plan;
}

/** The names of a record schema's fields, in order. */
export const fieldsOf = <S extends TObject>(schema: S) => Object.keys(schema.properties) as (keyof Static<S> & string)[];

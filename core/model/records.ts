import { Type } from '@sinclair/typebox';
import { type RecordOf, fieldsOf } from './schemaCheck';
import { type CommentId, type InferenceId, type NodeId, type SourceId, type StatementId, ID_PATTERN } from './ids';
import {
  MAX_COLOR, MAX_DATE, MAX_ID, MAX_QUESTION, MAX_SCHEME, MAX_SOURCE_TEXT, MAX_TEXT, MAX_TITLE, MAX_NAME, MAX_URL,
} from './limits';

/**
 * The map's records, defined once. Each schema below is at the same time the TypeScript type
 * (`RecordOf<typeof …Schema>`), the runtime check (core/model/validate.ts compiles it), the
 * field list (`fieldsOf`) and the published JSON Schema (`core/model/map.schema.json` is
 * generated from it by `npm run schema`; a test keeps the file in step). A new field goes here,
 * and into the Y layout (core/sync/docShape.ts) only if it is stored differently; a change to
 * what an old file means goes into a migration (core/model/migrations.ts).
 *
 * Rules no schema expresses (unique ids, references that resolve, anchor quotes equal to the
 * source text) are checked by validateMap.
 */

export const STATEMENT_KINDS = ['thesis', 'claim', 'evidence', 'assumption', 'question', 'note'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const POLARITIES = ['support', 'attack'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const LAYOUT_DIRECTIONS = ['TB', 'LR'] as const;
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];

/** One of a few words (`anyOf` of constants; published as `enum`). */
export const OneOf = <T extends string>(values: readonly T[], options: object = {}) =>
  Type.Union(values.map((v) => Type.Literal(v)), options);

/** An id a record is known by. */
export const IdSchema = Type.String({ pattern: ID_PATTERN.source });
/** A reference to a record by its id (that it exists is checked against the whole map). */
export const RefSchema = Type.String({ maxLength: MAX_ID });
/** The id of a record of one kind: checked as IdSchema, typed as that kind's branded id (core/model/ids). */
const IdOf = <T extends string>() => Type.Unsafe<T>(IdSchema);
/** A reference to a record of one kind, typed by its branded id; `options` add a description. */
const RefTo = <T extends string>(options: object = {}) => Type.Unsafe<T>(Type.String({ maxLength: MAX_ID, ...options }));
export const DateSchema = Type.String({ format: 'date-time', maxLength: MAX_DATE });

export const PositionSchema = Type.Object(
  { x: Type.Number(), y: Type.Number() },
  { additionalProperties: false, errorMessage: 'must be {x, y} with finite numbers' },
);

const Offset = Type.Integer({ minimum: 0, errorMessage: 'must be a whole number, 0 or more' });
export const AnchorSchema = Type.Object(
  { source: RefTo<SourceId>(), start: Offset, end: Offset, quote: Type.String({ maxLength: MAX_TEXT }) },
  { additionalProperties: false, description: 'A span of a source text: UTF-16 offsets, and the exact text between them (quote === source.text.slice(start, end)).' },
);

const Flag = (description: string) => Type.Optional(Type.Boolean({ description }));

export const StatementSchema = Type.Object(
  {
    id: IdOf<StatementId>(),
    text: Type.String({ maxLength: MAX_TEXT }),
    kind: Type.Optional(OneOf(STATEMENT_KINDS, { default: 'claim' })),
    tags: Type.Optional(Type.Array(Type.String(), { default: [] })),
    anchors: Type.Optional(Type.Array(AnchorSchema, { default: [] })),
    color: Type.Optional(Type.String({ maxLength: MAX_COLOR, description: 'A colour label chosen by a user (a CSS colour name or #rrggbb).' })),
    position: Type.Optional(PositionSchema),
    pinned: Flag('A user placed it: a partial layout leaves it where it was put.'),
    collapsed: Flag('The branch under it is hidden on the canvas.'),
  },
  { additionalProperties: false, description: 'A proposition (AIF I-node).' },
);

export const CriticalQuestionRefSchema = Type.Object(
  { inference: IdOf<InferenceId>(), question: Type.String({ maxLength: MAX_QUESTION, description: 'The question\'s id within its scheme (cq1, …).' }) },
  { additionalProperties: false, description: 'The critical question (of another inference\'s argumentation scheme) this attack answers.' },
);

export const InferenceSchema = Type.Object(
  {
    id: IdOf<InferenceId>(),
    premises: Type.Array(RefTo<StatementId>(), {
      minItems: 1, uniqueItems: true, description: 'Statement ids; two or more are linked co-premises.',
      errorMessage: { minItems: 'needs at least one premise', uniqueItems: 'lists a premise twice' },
    }),
    target: RefTo<NodeId>({ description: 'A statement id, or an inference id (then the polarity is attack: an undercut).' }),
    polarity: OneOf(POLARITIES),
    label: Type.Optional(Type.String({ maxLength: MAX_TITLE, description: 'Argument title (Argdown <Title>).' })),
    tags: Type.Optional(Type.Array(Type.String(), { description: 'Tags of the argument (Argdown `<Title> #pro`).' })),
    scheme: Type.Optional(Type.String({ maxLength: MAX_SCHEME, description: 'Argumentation scheme: a catalogue id (core/schemes) or a free name (AIF).' })),
    answers: Type.Optional(CriticalQuestionRefSchema),
  },
  { additionalProperties: false, description: 'Premises supporting or attacking a target statement (AIF RA/CA-node); attacking an inference is an undercut.' },
);

export const CommentSchema = Type.Object(
  {
    id: IdOf<CommentId>(),
    target: RefTo<NodeId>({ description: 'The statement or inference commented on.' }),
    author: Type.String({ maxLength: MAX_NAME }),
    owner: Type.Optional(Type.String({ maxLength: MAX_ID, description: 'The participant id of the browser that wrote it (core/policy/participant): only that participant may change it with a comment link.' })),
    text: Type.String({ maxLength: MAX_TEXT }),
    createdAt: DateSchema,
    parent: Type.Optional(RefTo<CommentId>({ description: 'The comment replied to; absent for the first of a thread.' })),
    resolved: Flag('The thread is resolved.'),
  },
  { additionalProperties: false },
);

export const SourceSchema = Type.Object(
  {
    id: IdOf<SourceId>(),
    title: Type.String({ maxLength: MAX_TITLE }),
    text: Type.String({ maxLength: MAX_SOURCE_TEXT }),
    // Shown as a link to everyone: a `javascript:` or `data:` address would run in their browser.
    url: Type.Optional(Type.String({
      maxLength: MAX_URL, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]', errorMessage: { pattern: 'must be an http:// or https:// address' },
    })),
  },
  { additionalProperties: false },
);

export type Id = string;
export type Position = RecordOf<typeof PositionSchema>;
/** A span of a source text, by character (UTF-16 code unit) offsets; quote === source.text.slice(start, end). */
export type Anchor = RecordOf<typeof AnchorSchema>;
/** A statement as the model holds it: the fields with defaults are always there. */
export type Statement = Omit<RecordOf<typeof StatementSchema>, 'kind' | 'tags' | 'anchors'> & {
  readonly kind: StatementKind;
  readonly tags: readonly string[];
  readonly anchors: readonly Anchor[];
};
export type CriticalQuestionRef = RecordOf<typeof CriticalQuestionRefSchema>;
export type Inference = RecordOf<typeof InferenceSchema>;
export type Comment = RecordOf<typeof CommentSchema>;
export type Source = RecordOf<typeof SourceSchema>;

export const STATEMENT_FIELDS = fieldsOf(StatementSchema);
export const INFERENCE_FIELDS = fieldsOf(InferenceSchema);

/** A statement with defaults for the fields not given. */
export function createStatement(fields: Pick<Statement, 'id'> & Partial<Statement>): Statement {
  return { text: '', kind: 'claim', tags: [], anchors: [], ...fields };
}

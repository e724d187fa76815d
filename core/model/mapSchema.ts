import { type TSchema, Type } from '@sinclair/typebox';
import { AnchorSchema, CommentSchema, DateSchema, IdSchema, InferenceSchema, LAYOUT_DIRECTIONS, OneOf, PositionSchema, RefSchema, SourceSchema, StatementSchema } from './records';
import { MAP_SCHEMA, MAP_VERSION } from './types';
import { MAX_TEXT, MAX_TITLE } from './limits';
import { RatingSchema, RoundSchema, ScenarioSchema, WalkthroughSchema, WalkthroughStepSchema, WorkshopSchema } from '../workshop/types';

/**
 * The map file as a whole. `MapShellSchema` checks the map's own fields with the records left
 * unchecked (validateMap checks those one by one, so one bad record is named and dropped);
 * `MapSchema` is the same with the records in place, for the published JSON Schema.
 */
const mapOf = (record: (schema: TSchema) => TSchema) =>
  Type.Object(
    {
      schema: Type.Literal(MAP_SCHEMA),
      version: Type.Literal(MAP_VERSION),
      title: Type.String({ maxLength: MAX_TITLE }),
      description: Type.Optional(Type.String({ maxLength: MAX_TEXT })),
      direction: Type.Optional(OneOf(LAYOUT_DIRECTIONS, { default: 'TB' })),
      sources: Type.Optional(Type.Array(record(SourceSchema))),
      statements: Type.Array(record(StatementSchema)),
      inferences: Type.Optional(Type.Array(record(InferenceSchema))),
      comments: Type.Optional(Type.Array(record(CommentSchema))),
      workshop: Type.Optional(record(WorkshopSchema)),
    },
    { additionalProperties: false },
  );

export const MapShellSchema = mapOf(() => Type.Unknown());
export const MapSchema = mapOf((schema) => schema);

/** Named in the published schema's `definitions` and referred to by `$ref`. */
const DEFINITIONS: Record<string, TSchema> = {
  id: IdSchema, ref: RefSchema, date: DateSchema, position: PositionSchema, anchor: AnchorSchema,
  source: SourceSchema, statement: StatementSchema, inference: InferenceSchema, comment: CommentSchema,
  workshop: WorkshopSchema, rating: RatingSchema, round: RoundSchema, scenario: ScenarioSchema,
  walkthrough: WalkthroughSchema, walkthroughStep: WalkthroughStepSchema,
};

const DEFINITION_JSON = Object.fromEntries(Object.entries(DEFINITIONS).map(([k, v]) => [k, JSON.stringify(v)]));

/** A plain JSON copy of a schema: named parts as `$ref`, unions of constants as `enum`. */
function publish(schema: TSchema, top: TSchema | undefined): unknown {
  if (Array.isArray(schema)) return schema.map((s) => publish(s, undefined));
  if (typeof schema !== 'object' || schema === null) return schema;
  // By content, not identity: Type.Optional(x) is a copy of x.
  const json = schema === top ? undefined : JSON.stringify(schema);
  const name = json && Object.keys(DEFINITIONS).find((k) => DEFINITION_JSON[k] === json);
  if (name) return { $ref: `#/definitions/${name}` };
  const anyOf = schema.anyOf as TSchema[] | undefined;
  if (anyOf?.every((o) => 'const' in o)) {
    const { anyOf: _, ...rest } = schema;
    return { ...(publish(rest, undefined) as object), enum: anyOf.map((o) => o.const) };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'properties' ? publishEach(value) : publish(value, undefined);
  return out;
}
const publishEach = (props: Record<string, TSchema>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, publish(v, undefined)]));

/** The map format as a draft-07 JSON Schema (what core/model/map.schema.json holds). */
export function getMapJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://warrant.example/schema/warrant-map-${MAP_VERSION}.json`,
    title: 'Warrant argument map',
    description: `The Warrant map file format, version ${MAP_VERSION}, generated from core/model/records.ts (npm run schema). Beyond this schema, validateMap (core/model/validate.ts) also checks that ids are unique, that references resolve and that anchor quotes equal the source text at their offsets; checkWorkshop (core/workshop/validate.ts) that statement ratings carry a stance and inference ratings a strength.`,
    ...(publish(MapSchema, MapSchema) as object),
    definitions: Object.fromEntries(Object.entries(DEFINITIONS).map(([k, v]) => [k, publish(v, v)])),
  };
}

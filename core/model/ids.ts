/** Ids in files and documents: letters, digits and `_ . : -`, at most 128 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;

export const isValidId = (s: string): boolean => ID_PATTERN.test(s);

/**
 * Ids are branded by the kind of record they name, so that passing an inference id where a
 * statement id is expected is a type error. A plain string becomes one of these only where ids
 * are made (factories, id generators) or read from outside and checked (the map validator, the
 * Y.Doc reader, importers): those call the `as…` functions below; nothing else casts.
 */
type Brand<K extends string> = string & { readonly __brand: K };
export type StatementId = Brand<'StatementId'>;
export type InferenceId = Brand<'InferenceId'>;
export type CommentId = Brand<'CommentId'>;
export type SourceId = Brand<'SourceId'>;
/** What an inference or a comment may point at: a statement or an inference. */
export type NodeId = StatementId | InferenceId;

/** The one way a string becomes a statement id (where ids are made or checked). */
export const asStatementId = (id: string): StatementId => id as StatementId;
/** The one way a string becomes an inference id (where ids are made or checked). */
export const asInferenceId = (id: string): InferenceId => id as InferenceId;
/** The one way a string becomes a comment id (where ids are made or checked). */
export const asCommentId = (id: string): CommentId => id as CommentId;
/** The one way a string becomes a source id (where ids are made or checked). */
export const asSourceId = (id: string): SourceId => id as SourceId;
/** A checked reference to a statement or an inference (e.g. a target read from a file). */
export const asNodeId = (id: string): NodeId => id as NodeId;

/**
 * On the canvas an inference is drawn as a junction node whose node id is `inference:<id>`.
 * The selection and everything in the model use the inference's own id; these convert at the
 * canvas boundary.
 */
export const JUNCTION_PREFIX = 'inference:';
export const toJunctionId = (inferenceId: string): string => `${JUNCTION_PREFIX}${inferenceId}`;
/** True when a canvas or selection id names an inference's junction (`inference:<id>`). */
export const isJunctionId = (id: string): boolean => id.startsWith(JUNCTION_PREFIX);
/** The inference id a canvas node id names, or undefined when it names a statement. */
export const fromJunctionId = (nodeId: string): InferenceId | undefined =>
  nodeId.startsWith(JUNCTION_PREFIX) ? asInferenceId(nodeId.slice(JUNCTION_PREFIX.length)) : undefined;
/** A selected or canvas id as a model id (junction ids become inference ids). */
export const toModelId = (id: string): string => fromJunctionId(id) ?? id;

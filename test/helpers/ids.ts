import type { ArgumentMap, Comment, Inference, Statement } from '../../core/model';
import { asCommentId, asInferenceId, asNodeId, asSourceId, asStatementId, createStatement } from '../../core/model';
import type { MapOp } from '../../core/ops';

/**
 * Tests write their records with plain-string ids ('a', 'i1', 'c1'); these brand them, as the
 * factories and importers do in the app (a test is where those ids are made). Nothing else in
 * the tests casts ids.
 */
export const sid = asStatementId;
export const iid = asInferenceId;
export const cid = asCommentId;
export const nid = asNodeId;
export const srcid = asSourceId;

/** A type with its branded ids loosened to plain strings: what a test writes by hand. */
export type Loose<T> = T extends { readonly __brand: string } ? string
  : T extends readonly (infer U)[] ? readonly Loose<U>[]
  : T extends object ? { [K in keyof T]: Loose<T[K]> }
  : T;

const branded = <T>(value: Loose<T>): T => value as unknown as T;
/** A map written with plain-string ids. */
export const testMap = (map: Loose<ArgumentMap>): ArgumentMap => branded<ArgumentMap>(map);
/** An inference written with plain-string ids. */
export const testInference = (inference: Loose<Inference>): Inference => branded<Inference>(inference);
/** A comment written with plain-string ids. */
export const testComment = (comment: Loose<Comment>): Comment => branded<Comment>(comment);
/** Ops written with plain-string ids. */
export const testOps = (ops: readonly Loose<MapOp>[]): MapOp[] => branded<MapOp[]>(ops);
/** A statement written with plain-string ids (its own, its anchors' sources): createStatement with them branded. */
export const testStatement = (fields: Loose<Pick<Statement, 'id'> & Partial<Statement>>): Statement =>
  createStatement(branded<Pick<Statement, 'id'> & Partial<Statement>>(fields));

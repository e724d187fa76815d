/**
 * Warrant's own fields in an AIF file. AIF readers (AIFdb, OVA, arguebuf) take nodeID, text, type
 * and scheme from a node and ignore other keys, so what AIF has no place for rides along under a
 * `warrant` key and comes back on import (Warrant → AIF → Warrant keeps the whole map):
 *   {"nodeID": "t", "text": "…", "type": "I", "warrant": {"kind": "thesis", "tags": ["policy"]}}
 *   {"nodeID": "i1", "text": "Expert Opinion", "type": "RA", "scheme": "Expert Opinion", "warrant": {"label": "Heat argument"}}
 *   {"nodes": […], "edges": […], "locutions": [], "warrant": {"title": "…", "sources": […], "comments": […]}}
 * The importer checks these fields like any other input (validateMap); when they do not make a
 * valid map it reads the AIF graph alone and says so in a note.
 */
import { INFERENCE_FIELDS, STATEMENT_FIELDS, type ArgumentMap, type Inference, type Statement } from '../../model/types';
import { isValidId } from '../../model/ids';
import { isEmptyWorkshop } from '../../workshop/types';

export const WARRANT_KEY = 'warrant';

type Fields = Record<string, unknown>;
const isObj = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The map id the importer gives an AIF node id when the file does not say otherwise ("12" → "aif-12"). */
export const localIdOf = (nodeID: string): string => (isValidId(nodeID) && !/^\d+$/.test(nodeID) ? nodeID : `aif-${nodeID}`);

/** Only the fields that say something (no empty lists, no default kind), or undefined when none does. */
function nonEmpty(fields: Fields): Fields | undefined {
  const kept = Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The id, when the importer would not find it again from the node id. */
const idField = (id: string, nodeID: string) => (localIdOf(nodeID) === id ? undefined : id);

export function statementFields(s: Statement, nodeID: string): Fields | undefined {
  const { id, text: _, kind, ...rest } = s;
  return nonEmpty({ id: idField(id, nodeID), kind: kind === 'claim' ? undefined : kind, ...rest });
}

/** `schemeBack`: the scheme the importer reads from the node's AIF scheme name; written here only when that is not the map's. */
export function inferenceFields(inf: Inference, nodeID: string, schemeBack: string | undefined): Fields | undefined {
  const { id, premises: _p, target: _t, polarity: _o, scheme, ...rest } = inf;
  return nonEmpty({ id: idField(id, nodeID), scheme: scheme === schemeBack ? undefined : scheme, ...rest });
}

export function mapFields(map: ArgumentMap): Fields | undefined {
  const { title, description, direction, sources, comments, workshop } = map;
  return nonEmpty({ title, description: description || undefined, direction: direction === 'TB' ? undefined : direction, sources, comments, workshop: isEmptyWorkshop(workshop) ? undefined : workshop });
}

const pick = (value: unknown, keys: readonly string[]): Fields => (isObj(value) ? Object.fromEntries(keys.filter((k) => k in value).map((k) => [k, value[k]])) : {});

/** A node's Warrant fields that may go into a statement (unchecked: validateMap checks the map they make). */
export const readStatementFields = (value: unknown): Fields => pick(value, STATEMENT_FIELDS.filter((k) => k !== 'id' && k !== 'text'));
export const readInferenceFields = (value: unknown): Fields => pick(value, INFERENCE_FIELDS.filter((k) => !['id', 'premises', 'target', 'polarity'].includes(k)));
export const readMapFields = (value: unknown): Fields => pick(value, ['title', 'description', 'direction', 'sources', 'comments', 'workshop']);
/** The map id a node's Warrant fields ask for, if they name a valid one. */
export const readId = (value: unknown): string | undefined => (isObj(value) && typeof value.id === 'string' && isValidId(value.id) ? value.id : undefined);

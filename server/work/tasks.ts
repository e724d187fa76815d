import * as Y from 'yjs';
import { FigureOptionError } from '../../core/figure';
import { decodeImportBytes, detectImportFormat } from '../../core/formats';
import { type ArgumentMap, validateMap } from '../../core/model';
import { diffMaps } from '../../core/history';
import { createDocFromMap, readMap } from '../../core/sync';
import { HttpError } from '../http/respond';
import { renderExport, type ExportResult, type ExportTask } from './exportTask';

/** A map to store as a new room, built from a request body (an import) or from another map (a copy). */
export interface BuiltMap {
  readonly title: string;
  readonly statementCount: number;
  /** The new room's whole document, as one update. */
  readonly update: Uint8Array;
}

/** The map as `GET /api/maps/<id>` answers it (JSON text). */
export interface MapJsonTask {
  readonly kind: 'mapJson';
  readonly updates: readonly Uint8Array[];
}

/** `POST /api/maps`: a request body to parse, validate, lay out and turn into a document. */
export interface ImportTask {
  readonly kind: 'import';
  readonly body: Uint8Array;
}

/** A copy of a map under a new title (the source's title + " (copy)" when none is given). */
export interface CopyTask {
  readonly kind: 'copy';
  readonly updates: readonly Uint8Array[];
  readonly title?: string;
  readonly maxTitle: number;
}

/** A saved version, as the map file (JSON text). */
export interface VersionMapTask {
  readonly kind: 'versionMap';
  readonly state: Uint8Array;
}

/** What changed from a saved version to the live map (JSON text of core/history's diff). */
export interface VersionDiffTask {
  readonly kind: 'versionDiff';
  readonly state: Uint8Array;
  readonly updates: readonly Uint8Array[];
}

/** The live map's sources: their list (JSON text), or with `sourceId` that source's text (null: no such source). */
export interface SourcesTask {
  readonly kind: 'sources';
  readonly updates: readonly Uint8Array[];
  readonly sourceId?: string;
}

export type Task = ExportTask | MapJsonTask | ImportTask | CopyTask | VersionMapTask | VersionDiffTask | SourcesTask;

interface Results {
  export: ExportResult;
  mapJson: string;
  import: BuiltMap;
  copy: BuiltMap;
  versionMap: string;
  versionDiff: string;
  sources: string | null;
}
export type TaskResult<T extends Task> = Results[T['kind']];

/** What a worker answers: a result, or an error with the HTTP status it maps to. */
export type TaskReply = { ok: true; result: unknown } | { ok: false; status: number; message: string; details?: unknown };

/** Marks a failure to read a map's stored changes: the map is damaged (the caller names it). */
export const DAMAGED = { damaged: true } as const;

function mapFromUpdates(updates: readonly Uint8Array[]): ArgumentMap {
  const doc = new Y.Doc();
  try {
    doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)));
  } catch (e) {
    throw new HttpError(500, (e as Error).message ?? String(e), DAMAGED);
  }
  const { map } = readMap(doc);
  doc.destroy();
  return map;
}

function build(map: ArgumentMap): BuiltMap {
  const doc = createDocFromMap(map);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { title: map.title, statementCount: map.statements.length, update };
}

/** A request body read as a file named `.json` would be (core's rules): a Warrant map, or AIF by its shape; a byte-order mark is allowed. */
function parseBody(body: Uint8Array): ArgumentMap {
  let text: string;
  try {
    text = decodeImportBytes('request body', body);
  } catch (e) {
    throw new HttpError(400, `Request body is not JSON: ${(e as Error).message}`);
  }
  const format = detectImportFormat('body.json', text);
  if (format && format.id !== 'json') {
    try {
      return format.import(text).map;
    } catch (e) {
      throw new HttpError(400, `Request body is not valid ${format.label}: ${(e as Error).message}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateMap(value);
  if (result.ok) return result.map;
  const first = result.issues[0];
  throw new HttpError(400, `Invalid map: ${first.path || '(map)'}: ${first.message}`, result.issues);
}

async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'export':
      return renderExport(mapFromUpdates(task.updates), task);
    case 'mapJson':
      return JSON.stringify(mapFromUpdates(task.updates));
    case 'import':
      return build(parseBody(task.body));
    case 'copy': {
      const map = mapFromUpdates(task.updates);
      return build({ ...map, title: task.title ?? `${map.title} (copy)`.slice(0, task.maxTitle) });
    }
    case 'versionMap':
      return JSON.stringify(mapFromUpdates([task.state]));
    case 'versionDiff':
      return JSON.stringify(diffMaps(mapFromUpdates([task.state]), mapFromUpdates(task.updates)));
    case 'sources': {
      const { sources } = mapFromUpdates(task.updates);
      if (task.sourceId === undefined) return JSON.stringify(sources.map(({ id, title, url, text }) => ({ id, title, ...(url && { url }), length: text.length })));
      return sources.find((s) => s.id === task.sourceId)?.text ?? null;
    }
  }
}

/** Runs a task and turns its outcome into a reply (bad input → 4xx with its message; anything else → 500). */
export async function runTask(task: Task): Promise<TaskReply> {
  try {
    return { ok: true, result: await run(task) };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, status: e.status, message: e.message, details: e.details };
    if (e instanceof FigureOptionError) return { ok: false, status: 400, message: e.message };
    console.error('[work] task failed', e);
    return { ok: false, status: 500, message: (e as Error).message ?? String(e) };
  }
}

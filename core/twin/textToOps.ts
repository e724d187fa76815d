/**
 * The live Argdown pane's text → edit operations against the map it was written from.
 *   readTwinText(map, '[s1]: New words') → { ok: true, ops: [{ type: 'setStatementText', id: 's1', … }] }
 *   readTwinText(map, '[s1: New')         → { ok: false, errors: [{ line: 1, column: 1, message: … }] }
 * While the text does not parse nothing is applied, so a half-typed line never destroys anything.
 */
import { exportArgdown } from '../formats/argdown/export';
import { buildMap } from '../formats/argdown/build';
import { parseArgdown } from '../formats/argdown/parse';
import { placeNewStatements } from '../layout';
import type { ArgumentMap, Id } from '../model/types';
import type { MapOp } from '../ops/ops';
import { diffMaps } from './mapDiff';

export interface TwinError {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly message: string;
}

export type TwinResult =
  | { readonly ok: true; readonly ops: readonly MapOp[]; readonly map: ArgumentMap }
  | { readonly ok: false; readonly errors: readonly TwinError[] };

/** Where the parser's message points: `line N: …`, `… at character K of the data`. */
export function locateError(text: string, message: string): TwinError {
  const lines = text.split('\n');
  const m = /line (\d+)/.exec(message);
  const line = m ? Math.min(Math.max(Number(m[1]), 1), lines.length) : 1;
  const src = lines[line - 1] ?? '';
  const at = /at character (\d+) of the data/.exec(message);
  const brace = src.indexOf('{');
  const column = at && brace >= 0 ? brace + Number(at[1]) : src.length - src.trimStart().length + 1;
  return { line, column, message: message.replace(/^line \d+: /, '') };
}

/** Titles opened but not closed on their line (`[s1: text`): the pane waits for the `]`. */
function unclosedTitles(text: string): TwinError[] {
  const out: TwinError[] = [];
  text.split('\n').forEach((src, n) => {
    const head = /^(\s*(?:[+\-_<>]{1,2}\s+|\(\d+\)\s*|\*\s+)?)([[<])/.exec(src);
    if (!head || src.startsWith('<!--')) return;
    const close = head[2] === '[' ? ']' : '>';
    if (!src.includes(close, head[0].length)) {
      out.push({ line: n + 1, column: head[0].length, message: `the title is not closed with ${close}` });
    }
  });
  return out;
}

const readBacks = new WeakMap<ArgumentMap, ArgumentMap | undefined>();

/** `map` as its own Argdown text reads back (cached: the pane asks once per keystroke, for the same base). */
function readBack(map: ArgumentMap): ArgumentMap | undefined {
  if (!readBacks.has(map)) {
    let read: ArgumentMap | undefined;
    try {
      read = buildMap(parseArgdown(exportArgdown(map))).map;
    } catch {
      read = undefined;
    }
    readBacks.set(map, read);
  }
  return readBacks.get(map);
}

/** Reads the pane's text; on success, the ops that make `base` say what the text says. */
export function readTwinText(base: ArgumentMap, text: string, newPositions = true): TwinResult {
  const unclosed = unclosedTitles(text);
  if (unclosed.length) return { ok: false, errors: unclosed };
  let parsed: ArgumentMap;
  let referenceOnly: Set<Id>;
  let hasTitle: boolean;
  try {
    const doc = parseArgdown(text);
    parsed = buildMap(doc).map;
    referenceOnly = new Set([...doc.statements].filter(([, members]) => members.every((m) => m.isReference)).map(([title]) => title));
    hasTitle = doc.title !== undefined;
  } catch (e) {
    return { ok: false, errors: [locateError(text, e instanceof Error ? e.message : String(e))] };
  }
  if (parsed.statements.length === 0 && base.statements.length > 1) {
    return { ok: false, errors: [{ line: 1, column: 1, message: 'the text has no statements; to delete them all, select them on the canvas' }] };
  }
  const { ops, added } = diffMaps(base, parsed, { referenceOnly, hasTitle, asRead: readBack(base) });
  if (!newPositions || !added.length) return { ok: true, ops, map: parsed };
  const next: ArgumentMap = { ...base, statements: [...base.statements, ...parsed.statements.filter((s) => added.includes(s.id))], inferences: parsed.inferences };
  const positions = new Map(base.statements.flatMap((s) => (s.position ? [[s.id, s.position] as const] : [])));
  const placed = placeNewStatements(next, positions, added);
  const withPositions = ops.map((op) => (op.type === 'addStatement' && placed.has(op.statement.id) ? { ...op, statement: { ...op.statement, position: placed.get(op.statement.id)! } } : op));
  return { ok: true, ops: withPositions, map: parsed };
}

import type { ArgumentMap } from '../../core/model';
import { type Acceptance, type AcceptanceResult, type Labelling, createExplainer } from '../../core/semantics';
import type { CliIo } from './command';

/**
 * Printing `warrant evaluate`'s outcomes. A map with many open conflicts can have hundreds of
 * preferred outcomes, each labelling every statement: printed whole they reach hundreds of
 * megabytes. So by default only the first DEFAULT_OUTCOME_LIMIT are printed, with a note that
 * says how many there are and how to see more; with --all every one is printed, one at a time
 * (streamed: the output is never held in memory whole).
 */

export const DEFAULT_OUTCOME_LIMIT = 10;

export interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: string;
  readonly why?: string;
}

export function rowsOf(map: ArgumentMap, labelling: Labelling, explain: boolean): Row[] {
  const why = explain ? createExplainer(map, labelling) : undefined;
  return map.statements.map((s) => ({ id: s.id, text: s.text, label: labelling.statements.get(s.id)!, ...(why && { why: why(s.id) }) }));
}

export function table(rows: readonly Row[]): string {
  const width = Math.max(2, ...rows.map((r) => r.id.length));
  const oneLine = (t: string) => {
    const flat = t.replace(/\s+/g, ' ').trim();
    return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
  };
  return rows.map((r) => `  ${r.label.padEnd(5)}  ${r.id.padEnd(width)}  ${oneLine(r.text)}${r.why ? `\n  ${' '.repeat(5 + width + 4)}${r.why}` : ''}\n`).join('');
}

export function counts(rows: readonly Row[]): string {
  return (['IN', 'OUT', 'UNDEC'] as const).map((l) => `${rows.filter((r) => r.label === l).length} ${l}`).join(', ');
}

/** The note printed (to stderr) when fewer outcomes are shown than there are. */
export function truncationNote(shown: number, total: number, semantics: string): string {
  return `note: showing the first ${shown} of ${total} ${semantics} outcomes; --limit <n> shows more, --all shows every one\n`;
}

/**
 * {"semantics", "extensions": [[row, …], …]} written one extension at a time, one row per
 * line; "shown" and "total" are added when the list is cut short.
 */
export function writeExtensionsJson(io: CliIo, map: ArgumentMap, semantics: string, labellings: readonly Labelling[], shown: number, explain: boolean): void {
  const cut = shown < labellings.length ? `,\n  "shown": ${shown},\n  "total": ${labellings.length}` : '';
  io.stdout(`{\n  "semantics": ${JSON.stringify(semantics)}${cut},\n  "extensions": [`);
  for (let i = 0; i < shown; i++) {
    const rows = rowsOf(map, labellings[i], explain).map((r) => `      ${JSON.stringify(r)}`);
    io.stdout(`${i ? ',' : ''}\n    [\n${rows.join(',\n')}\n    ]`);
  }
  io.stdout(`${shown ? '\n  ' : ''}]\n}\n`);
}

/** The outcomes as tables, one at a time. */
export function writeExtensionsText(io: CliIo, map: ArgumentMap, labellings: readonly Labelling[], shown: number, explain: boolean): void {
  for (let i = 0; i < shown; i++) {
    const rows = rowsOf(map, labellings[i], explain);
    io.stdout(`\nOutcome ${i + 1} of ${labellings.length}: ${counts(rows)}\n${table(rows)}`);
  }
}

/** One statement's acceptance: IN in every, some or no outcome. */
export interface AcceptanceRow {
  readonly id: string;
  readonly text: string;
  readonly acceptance: Acceptance;
}

export const acceptanceRowsOf = (map: ArgumentMap, result: AcceptanceResult): AcceptanceRow[] =>
  map.statements.map((s) => ({ id: s.id, text: s.text, acceptance: result.statements.get(s.id)! }));

/** "2 in every, 3 in some, 1 in none". */
export function acceptanceCounts(rows: readonly AcceptanceRow[]): string {
  return (['every', 'some', 'none'] as const).map((a) => `${rows.filter((r) => r.acceptance === a).length} in ${a}`).join(', ');
}

/** The acceptance table: a header that says what the three words mean, then one line per statement. */
export function acceptanceTable(semantics: string, rows: readonly AcceptanceRow[]): string {
  const legend = `  every = IN in every ${semantics} outcome (sceptically accepted), some = IN in some but not all (credulously), none = IN in none

`;
  return legend + table(rows.map((r) => ({ id: r.id, text: r.text, label: r.acceptance })));
}

import { type ArgumentMap, getNodeId, getRelations } from '../../core/model';
import { EvaluationError, type Labelling, SEMANTICS, type Semantics, acceptance, evaluate } from '../../core/semantics';
import { type CliCommand, type CliIo, CliError, parseArgs } from './command';
import { DEFAULT_OUTCOME_LIMIT, acceptanceCounts, acceptanceRowsOf, acceptanceTable, counts, rowsOf, table, truncationNote, writeExtensionsJson, writeExtensionsText } from './evaluateOutput';
import { readAnyMap } from './readAnyMap';

/** Seconds of searching for preferred / stable outcomes before giving up with a message. */
const DEFAULT_TIME_LIMIT_S = 10;

const USAGE = `warrant evaluate <map> [--semantics grounded|preferred|stable] [--accept id,…] [--reject id,…] [--explain] [--json]
                [--limit <n> | --all | --acceptance] [--time-limit <seconds>] [--from <format>]

Labels every statement IN (holds), OUT (does not hold) or UNDEC (undecided), given the
supports, attacks and undercuts in the map (the rules and examples are in docs/semantics.md).

  --semantics grounded   the cautious reading: one labelling, open conflicts UNDEC (default)
  --semantics preferred  every way of taking sides that is as bold as it can consistently be
  --semantics stable     the outcomes that leave nothing undecided (there may be none)
  --accept a,b           what-if: take these statements (or inferences) as given
  --reject c             what-if: take these as not holding
  --explain              add one sentence per statement on why it got its label
  --json                 print {"semantics", "statements": [{id, text, label}]} (grounded) or
                         {"semantics", "extensions": [[{id, text, label}, …], …]} (with "shown" and
                         "total" when --limit cut the list)
  --limit <n>            print at most n preferred / stable outcomes (default ${DEFAULT_OUTCOME_LIMIT})
  --all                  print every outcome, written one at a time as it is formatted
  --acceptance           preferred / stable: instead of the outcomes, say per statement whether it
                         is IN in every, some or no outcome (found without listing them; also what
                         is printed, with a note, when there are too many outcomes to list).
                         With --json: {"semantics", "hasOutcome", "acceptance": [{id, text, acceptance}]}
  --time-limit <s>       stop searching for outcomes after s seconds (default ${DEFAULT_TIME_LIMIT_S}; the
                         acceptance that stands in for too many outcomes has as long again)
  --from <format>        the input format, when the file name does not tell`;

const idList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function positiveNumber(flag: string, value: string | undefined, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new CliError(`--${flag} needs a ${integer ? 'whole ' : ''}number above 0, got "${value}"`);
  return n;
}

function checkIds(map: ArgumentMap, path: string, flag: string, ids: readonly string[]): void {
  const relations = getRelations(map);
  const known = (id: string) => getNodeId(relations, id) !== undefined;
  const unknown = ids.filter((id) => !known(id));
  if (unknown.length) {
    throw new CliError(`--${flag}: ${path} has no statement or inference with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  }
}

interface AcceptanceRequest {
  readonly semantics: Exclude<Semantics, 'grounded'>;
  readonly accept: readonly string[];
  readonly reject: readonly string[];
  readonly maxMs: number;
  readonly json: boolean;
  readonly title: string;
}

const noStableOutcome = (title: string) =>
  `No stable outcome for ${title}: every way of taking sides leaves something undecided (usually an odd cycle of attacks). Try --semantics preferred.\n`;

/** Prints per statement whether it is IN in every, some or no outcome; `note` (stderr) says why when not asked for. */
function writeAcceptance(io: CliIo, map: ArgumentMap, r: AcceptanceRequest, note?: string): number {
  let result;
  try {
    result = acceptance(map, { semantics: r.semantics, accept: r.accept, reject: r.reject, limits: { maxMs: r.maxMs } });
  } catch (e) {
    if (e instanceof EvaluationError) throw new CliError(e.message);
    throw e;
  }
  if (note) io.stderr(note);
  const rows = acceptanceRowsOf(map, result);
  if (r.json) io.stdout(`${JSON.stringify({ semantics: r.semantics, hasOutcome: result.hasOutcome, acceptance: rows }, null, 2)}\n`);
  else if (!result.hasOutcome) io.stdout(noStableOutcome(r.title));
  else io.stdout(`Acceptance in the ${r.semantics} outcomes of ${r.title}: ${acceptanceCounts(rows)}\n\n${acceptanceTable(r.semantics, rows)}`);
  return 0;
}

export const evaluateCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['semantics', 'accept', 'reject', 'from', 'limit', 'time-limit'], flags: ['json', 'explain', 'all', 'acceptance'] });
    if (positionals.length !== 1) throw new CliError('usage: warrant evaluate <map> [--semantics grounded|preferred|stable] [--accept id,…] [--reject id,…] [--json]');
    const semantics = (values.semantics ?? 'grounded') as Semantics;
    if (!SEMANTICS.includes(semantics)) throw new CliError(`unknown semantics "${values.semantics}" (one of: ${SEMANTICS.join(', ')})`);
    if (flags.has('all') && values.limit !== undefined) throw new CliError('--all and --limit do not go together: --all prints every outcome');
    const asked = flags.has('acceptance');
    if (asked && semantics === 'grounded') throw new CliError('--acceptance needs --semantics preferred or stable (grounded has one outcome: its labels are the answer)');
    if (asked && (flags.has('all') || values.limit !== undefined)) throw new CliError('--acceptance prints one line per statement, not outcomes: leave out --all and --limit');
    if (asked && flags.has('explain')) throw new CliError('--explain explains the labels of listed outcomes; it does not go with --acceptance');
    const limit = flags.has('all') ? Infinity : positiveNumber('limit', values.limit, DEFAULT_OUTCOME_LIMIT, true);
    const maxMs = positiveNumber('time-limit', values['time-limit'], DEFAULT_TIME_LIMIT_S) * 1000;
    const path = positionals[0];
    const { map, notes } = await readAnyMap(path, values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const accept = idList(values.accept);
    const reject = idList(values.reject);
    checkIds(map, path, 'accept', accept);
    checkIds(map, path, 'reject', reject);
    const whatIf = [accept.length && `accept ${accept.join(', ')}`, reject.length && `reject ${reject.join(', ')}`].filter(Boolean).join('; ');
    const title = `“${map.title}”${whatIf ? ` (what-if: ${whatIf})` : ''}`;
    const request = (kind: AcceptanceRequest['semantics']): AcceptanceRequest => ({ semantics: kind, accept, reject, maxMs, json: flags.has('json'), title });
    if (asked && semantics !== 'grounded') return writeAcceptance(io, map, request(semantics));
    let labellings: Labelling[];
    try {
      const result = evaluate(map, { semantics, accept, reject, limits: { maxMs } });
      labellings = Array.isArray(result) ? result : [result];
    } catch (e) {
      if (!(e instanceof EvaluationError)) throw e;
      if (semantics === 'grounded') throw new CliError(e.message);
      // Too many outcomes to list (or too long to list them): per-statement acceptance instead.
      try {
        return writeAcceptance(io, map, request(semantics), `note: ${e.message.replace(/; use grounded semantics.*$/, '')}; printing instead whether each statement is IN in every, some or no ${semantics} outcome\n`);
      } catch (again) {
        if (again instanceof CliError) throw new CliError(e.message);
        throw again;
      }
    }
    const explain = flags.has('explain');
    const shown = Math.min(limit, labellings.length);
    if (shown < labellings.length) io.stderr(truncationNote(shown, labellings.length, semantics));
    if (flags.has('json')) {
      if (semantics === 'grounded') io.stdout(`${JSON.stringify({ semantics, statements: rowsOf(map, labellings[0], explain) }, null, 2)}\n`);
      else writeExtensionsJson(io, map, semantics, labellings, shown, explain);
      return 0;
    }
    if (semantics === 'grounded') {
      const rows = rowsOf(map, labellings[0], explain);
      io.stdout(`Grounded labelling of ${title}: ${counts(rows)}\n\n${table(rows)}`);
    } else if (labellings.length === 0) {
      io.stdout(noStableOutcome(title));
    } else {
      const plural = labellings.length === 1 ? '' : 's';
      io.stdout(`${labellings.length} ${semantics} outcome${plural} for ${title}${shown < labellings.length ? ` (the first ${shown} below)` : ''}\n`);
      writeExtensionsText(io, map, labellings, shown, explain);
    }
    return 0;
  },
};

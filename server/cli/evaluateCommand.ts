import type { ArgumentMap } from '../../core/model';
import { EvaluationError, type Labelling, SEMANTICS, type Semantics, createExplainer, evaluate } from '../../core/semantics';
import { type CliCommand, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const USAGE = `warrant evaluate <map> [--semantics grounded|preferred|stable] [--accept id,…] [--reject id,…] [--explain] [--json] [--from <format>]

Labels every statement IN (holds), OUT (does not hold) or UNDEC (undecided), given the
supports, attacks and undercuts in the map (the rules and examples are in docs/semantics.md).

  --semantics grounded   the cautious reading: one labelling, open conflicts UNDEC (default)
  --semantics preferred  every way of taking sides that is as bold as it can consistently be
  --semantics stable     the outcomes that leave nothing undecided (there may be none)
  --accept a,b           what-if: take these statements (or inferences) as given
  --reject c             what-if: take these as not holding
  --explain              add one sentence per statement on why it got its label
  --json                 print {"semantics", "statements": [{id, text, label}]} (grounded) or
                         {"semantics", "extensions": [[{id, text, label}, …], …]}
  --from <format>        the input format, when the file name does not tell`;

interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: string;
  readonly why?: string;
}

const idList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function checkIds(map: ArgumentMap, path: string, flag: string, ids: readonly string[]): void {
  const known = new Set([...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)]);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new CliError(`--${flag}: ${path} has no statement or inference with id ${unknown.map((id) => `"${id}"`).join(', ')}`);
  }
}

function rowsOf(map: ArgumentMap, labelling: Labelling, explain: boolean): Row[] {
  const why = explain ? createExplainer(map, labelling) : undefined;
  return map.statements.map((s) => ({ id: s.id, text: s.text, label: labelling.statements.get(s.id)!, ...(why && { why: why(s.id) }) }));
}

function table(rows: readonly Row[]): string {
  const width = Math.max(2, ...rows.map((r) => r.id.length));
  const oneLine = (t: string) => {
    const flat = t.replace(/\s+/g, ' ').trim();
    return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
  };
  return rows.map((r) => `  ${r.label.padEnd(5)}  ${r.id.padEnd(width)}  ${oneLine(r.text)}${r.why ? `\n  ${' '.repeat(5 + width + 4)}${r.why}` : ''}\n`).join('');
}

function counts(rows: readonly Row[]): string {
  return (['IN', 'OUT', 'UNDEC'] as const).map((l) => `${rows.filter((r) => r.label === l).length} ${l}`).join(', ');
}

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'label each statement IN / OUT / UNDEC (grounded, preferred or stable semantics)',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['semantics', 'accept', 'reject', 'from'], flags: ['json', 'explain'] });
    if (positionals.length !== 1) throw new CliError('usage: warrant evaluate <map> [--semantics grounded|preferred|stable] [--accept id,…] [--reject id,…] [--json]');
    const semantics = (values.semantics ?? 'grounded') as Semantics;
    if (!SEMANTICS.includes(semantics)) throw new CliError(`unknown semantics "${values.semantics}" (one of: ${SEMANTICS.join(', ')})`);
    const path = positionals[0];
    const { map, notes } = await readAnyMap(path, values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const accept = idList(values.accept);
    const reject = idList(values.reject);
    checkIds(map, path, 'accept', accept);
    checkIds(map, path, 'reject', reject);
    let labellings: Labelling[];
    try {
      const result = evaluate(map, { semantics, accept, reject });
      labellings = Array.isArray(result) ? result : [result];
    } catch (e) {
      if (e instanceof EvaluationError) throw new CliError(e.message);
      throw e;
    }
    const explain = flags.has('explain');
    const tables = labellings.map((l) => rowsOf(map, l, explain));
    if (flags.has('json')) {
      const body = semantics === 'grounded' ? { semantics, statements: tables[0] } : { semantics, extensions: tables };
      io.stdout(`${JSON.stringify(body, null, 2)}\n`);
      return 0;
    }
    const whatIf = [accept.length && `accept ${accept.join(', ')}`, reject.length && `reject ${reject.join(', ')}`].filter(Boolean).join('; ');
    const title = `“${map.title}”${whatIf ? ` (what-if: ${whatIf})` : ''}`;
    if (semantics === 'grounded') {
      io.stdout(`Grounded labelling of ${title}: ${counts(tables[0])}\n\n${table(tables[0])}`);
    } else if (tables.length === 0) {
      io.stdout(`No stable outcome for ${title}: every way of taking sides leaves something undecided (usually an odd cycle of attacks). Try --semantics preferred.\n`);
    } else {
      const plural = tables.length === 1 ? '' : 's';
      io.stdout(`${tables.length} ${semantics} outcome${plural} for ${title}\n`);
      tables.forEach((rows, i) => io.stdout(`\nOutcome ${i + 1} of ${tables.length}: ${counts(rows)}\n${table(rows)}`));
    }
    return 0;
  },
};

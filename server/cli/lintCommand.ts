import { type Finding, lint, lintRules } from '../../core/semantics';
import { type CliCommand, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const width = Math.max(...lintRules.map((r) => r.id.length));

const USAGE = `warrant lint <map> [--json] [--from <format>]

Lists the places in a map a facilitator would question: prompts for the group, not errors
(exits 0 whatever it finds). The checks, in the order they are reported:

${lintRules.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`).join('\n')}

  --json           print {"findings": [{rule, severity, target, related?, message}, …]}
  --from <format>  the input format, when the file name does not tell`;

function list(title: string, findings: readonly Finding[]): string {
  if (!findings.length) return `“${title}”: nothing to question, no findings.\n`;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const head = `“${title}”: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${warnings} warning${warnings === 1 ? '' : 's'}, ${findings.length - warnings} info)\n`;
  return `${head}${findings.map((f) => `\n${f.severity.padEnd(7)}  ${f.rule}  ${f.target}\n  ${f.message}\n`).join('')}`;
}

export const lintCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['from'], flags: ['json'] });
    if (positionals.length !== 1) throw new CliError('usage: warrant lint <map> [--json] [--from <format>]');
    const { map, notes } = await readAnyMap(positionals[0], values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const findings = lint(map);
    io.stdout(flags.has('json') ? `${JSON.stringify({ findings }, null, 2)}\n` : list(map.title, findings));
    return 0;
  },
};

import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ExportOptions } from '../../core/formats';
import { getServerExportFormats, type ServerExportFormat } from '../render/formats';
import { type CliCommand, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const ids = (): string => getServerExportFormats().map((f) => f.id).join(', ');

const CHOICES = {
  page: ['fit', 'a4', 'letter'],
  scale: ['1', '2', '4'],
  background: ['white', 'transparent'],
} as const;

function choice<K extends keyof typeof CHOICES>(name: K, value: string | undefined): (typeof CHOICES)[K][number] | undefined {
  if (value === undefined) return undefined;
  if (!(CHOICES[name] as readonly string[]).includes(value)) throw new CliError(`--${name} must be one of ${CHOICES[name].join(', ')} (got "${value}")`);
  return value as (typeof CHOICES)[K][number];
}

/** The format named by --format, or else the one whose extension the output file has. */
function pickFormat(id: string | undefined, out: string | undefined): ServerExportFormat {
  const formats = getServerExportFormats();
  if (id) {
    const f = formats.find((x) => x.id === id.toLowerCase());
    if (!f) throw new CliError(`unknown format "${id}" (one of: ${ids()})`);
    return f;
  }
  const ext = out && out !== '-' ? extname(out).slice(1).toLowerCase() : '';
  const f = ext ? formats.find((x) => x.extension === ext || x.id === ext) : undefined;
  if (!f) throw new CliError(`choose a format with --format (one of: ${ids()})`);
  return f;
}

const usage = (): string => `warrant export <map> --format <format> [options]

Writes a map (any importable format: JSON, Argdown, AIF, GraphML…) as a figure or text.

Formats:
${getServerExportFormats()
  .map((f) => `  ${f.id.padEnd(9)} ${f.label} (.${f.extension})`)
  .join('\n')}

Options:
  -o, --output <file>   write here instead of standard output (the format can come from its extension)
  --from <format>       input format, when the file extension does not say it
  --legend              add a legend of the line styles (figures)
  --page fit|a4|letter  PDF page: the figure's own size (default) or scaled onto A4 / Letter
  --scale 1|2|4         PNG pixels per figure unit (default 1)
  --background white|transparent   PNG background (default white)`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a map as SVG, PDF, PNG, TikZ, DOT, Mermaid, Markdown or another format',
  get usage() {
    return usage();
  },
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, {
      values: ['format', 'output', 'page', 'scale', 'background', 'from'],
      flags: ['legend'],
      alias: { '-o': 'output', '-f': 'format' },
    });
    if (positionals.length !== 1) throw new CliError('usage: warrant export <map> --format <format> [-o <file>] (see warrant export --help)');
    const format = pickFormat(values.format, values.output);
    const scale = choice('scale', values.scale);
    const options: ExportOptions = {
      legend: flags.has('legend'),
      page: choice('page', values.page),
      scale: scale ? Number(scale) : undefined,
      background: choice('background', values.background),
    };
    const { map, notes } = await readAnyMap(positionals[0], values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const data = await format.export(map, options);
    const out = values.output;
    if (!out || out === '-') {
      io.stdout(data);
      return 0;
    }
    await writeFile(out, data).catch((e: NodeJS.ErrnoException) => {
      throw new CliError(`cannot write ${out}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
    });
    io.stdout(`wrote ${out} (${format.label}, ${typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength} bytes)\n`);
    return 0;
  },
};

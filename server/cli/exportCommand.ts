import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { composeFigure, FIGURE_OPTION_NAMES, FigureOptionError, selectFigureMap } from '../../core/figure';
import { type ExportOptions, describeLosses, getExportLosses, parseExportOptions, splitLosses } from '../../core/formats';
import { getServerExportFormats, type ServerExportFormat } from '../render/formats';
import type { ArgumentMap } from '../../core/model';
import { type CliCommand, type CliIo, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const ids = (): string => getServerExportFormats().map((f) => f.id).join(', ');

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
  --embed-fonts         SVG: embed the font (subsets of DejaVu Sans, as WOFF2) for a self-contained file
  --page fit|a4|letter  PDF page: the figure's own size (default) or scaled onto A4 / Letter
  --scale 1|2|4         PNG pixels per figure unit (default 1)
  --background white|transparent   PNG background (default white)

Figures for papers (SVG, PDF, PNG, TikZ); any of these lays the figure out for print:
  --target column|text|page|<W>x<H>   printed size: column 3.5 in, text 7 in, page 7 × 9.5 in, or e.g.
                        90mmx120mm, 3.5in, 250ptx300pt (default column; height defaults to 9 in)
  --font-size <pt>      statement text as printed (default 8); under 5 pt you get a warning
  --direction TB|LR|auto   auto (default) tries the map's direction, then the other
  --card-width <len>    widest a card may print, e.g. 1.4in
  --what map|selection|branch|focus   what to show (default map)
  --ids a,b,c           the statements of a selection
  --root <id>           where a branch starts, or the centre of a focus; --steps <n> (default 1)
  --collapse a,b        draw these statements' branches as one "+N more" card each
A figure too big for the target at that font size splits into sub-figures by branch, joined by
"continued in (b)" cards: a PDF gets one page per part, other formats one file per part
(figure-a.svg, figure-b.svg…).`;

const FIGURE_FORMATS = new Set(['svg', 'pdf', 'png', 'tikz']);

const FLAGS = ['legend', 'embed-fonts'];

/** --page, --scale, --legend, --target…: read by core's rules, as the HTTP export reads its query. */
function readExportOptions(values: Record<string, string>, flags: Set<string>): ExportOptions {
  try {
    return parseExportOptions((name) => (FLAGS.includes(name) ? (flags.has(name) ? 'true' : undefined) : name === 'part' ? undefined : values[name]));
  } catch (e) {
    if (e instanceof FigureOptionError) throw new CliError(e.message);
    throw e;
  }
}

function composeOrFail(map: Parameters<typeof selectFigureMap>[0], figure: Parameters<typeof composeFigure>[1], legend?: boolean) {
  try {
    return composeFigure(map, figure, legend);
  } catch (e) {
    if (e instanceof FigureOptionError) throw new CliError(e.message);
    throw e;
  }
}

async function writeOut(io: Parameters<CliCommand['run']>[1], out: string, format: ServerExportFormat, data: string | Uint8Array): Promise<void> {
  await writeFile(out, data).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write ${out}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
  });
  io.stdout(`wrote ${out} (${format.label}, ${typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength} bytes)\n`);
}

/** After a written export, one line on stderr: a warning when the file leaves content out, a note when only other tools will miss some. */
function sayLosses(io: CliIo, map: ArgumentMap, format: ServerExportFormat): 0 {
  const losses = getExportLosses(map, format.id);
  const line = describeLosses(format.label, losses);
  if (line) io.stderr(`${splitLosses(losses).lost.length ? 'warning' : 'note'}: ${line}\n`);
  return 0;
}

export const exportCommand: CliCommand = {
  get usage() {
    return usage();
  },
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, {
      values: ['format', 'output', 'page', 'scale', 'background', 'from', ...FIGURE_OPTION_NAMES],
      flags: FLAGS,
      alias: { '-o': 'output', '-f': 'format' },
    });
    if (positionals.length !== 1) throw new CliError('usage: warrant export <map> --format <format> [-o <file>] (see warrant export --help)');
    const format = pickFormat(values.format, values.output);
    const options = readExportOptions(values, flags);
    const figure = options.figure;
    const { map, notes } = await readAnyMap(positionals[0], values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const out = values.output;
    if (figure && FIGURE_FORMATS.has(format.id)) {
      const composition = composeOrFail(map, figure, options.legend);
      for (const w of composition.warnings) io.stderr(`warning: ${w}\n`);
      const labels = composition.parts.map((p) => p.label).filter(Boolean);
      if (labels.length > 1 && format.id !== 'pdf') {
        if (!out || out === '-') throw new CliError(`the figure splits into ${labels.length} parts (${labels.join(', ')}): give -o <file> to write one file per part`);
        for (const part of labels) await writeOut(io, out.replace(/(\.[^./]*)?$/, `-${part}$1`), format, await format.export(map, { ...options, part }));
        return sayLosses(io, map, format);
      }
    }
    const data = await format.export(map, options);
    if (!out || out === '-') io.stdout(data);
    else await writeOut(io, out, format, data);
    return sayLosses(io, map, format);
  },
};

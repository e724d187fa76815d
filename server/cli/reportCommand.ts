import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { svgExport } from '../../core/formats/svg';
import { buildReport, layoutReport, reportToMarkdown, toSvgDataUri } from '../../core/workshop';
import { type CliCommand, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const USAGE = `warrant report <map> [-o report.md | report.pdf] [--inline-figure] [--from <format>]

Writes a critique report of a map: its thesis, a summary of its structure, the grounded
evaluation of every statement (with the reason for each OUT and UNDEC), the critique checks,
the workshop's ratings round by round (when the map file carries them) and the map as a figure.

  -o, --output <file>  report.md (Markdown) or report.pdf (PDF), chosen by the extension;
                       without it, Markdown goes to standard output
  --inline-figure      Markdown: embed the figure as a data: URI instead of writing
                       <name>.svg beside the report
  --from <format>      the input format, when the file name does not tell`;

const writeOut = (path: string, data: string | Uint8Array) =>
  writeFile(path, data).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write ${path}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
  });

const size = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength);

export const reportCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['output', 'from'], flags: ['inline-figure'], alias: { '-o': 'output' } });
    if (positionals.length !== 1) throw new CliError('usage: warrant report <map> [-o report.md|report.pdf] (see warrant report --help)');
    const out = values.output;
    const ext = out && out !== '-' ? extname(out).slice(1).toLowerCase() : 'md';
    if (ext !== 'md' && ext !== 'pdf' && ext !== 'markdown') throw new CliError(`-o ${out}: the report is written as .md (Markdown) or .pdf (PDF)`);
    const { map, notes } = await readAnyMap(positionals[0], values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const report = buildReport(map);
    if (ext === 'pdf') {
      // pdf-lib loads only for a PDF, as in the figure export.
      const pdf = await (await import('../render/pdf')).reportToEmbeddedPdf(layoutReport(report, map));
      await writeOut(out!, pdf);
      io.stdout(`wrote ${out} (critique report, PDF, ${size(pdf)} bytes)\n`);
      return 0;
    }
    const svg = svgExport.export(map, { legend: true }) as string;
    if (!out || out === '-' || flags.has('inline-figure')) {
      const markdown = reportToMarkdown(report, { figure: toSvgDataUri(svg) });
      if (!out || out === '-') io.stdout(markdown);
      else {
        await writeOut(out, markdown);
        io.stdout(`wrote ${out} (critique report, Markdown, ${size(markdown)} bytes)\n`);
      }
      return 0;
    }
    const figure = `${basename(out, extname(out))}.svg`;
    const markdown = reportToMarkdown(report, { figure: encodeURI(figure) });
    await writeOut(out, markdown);
    await writeOut(join(dirname(out), figure), svg);
    io.stdout(`wrote ${out} (critique report, Markdown, ${size(markdown)} bytes) and ${join(dirname(out), figure)} (its figure)\n`);
    return 0;
  },
};

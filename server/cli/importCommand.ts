import { writeFile } from 'node:fs/promises';
import { importFormats } from '../../core/formats';
import { serializeMap } from '../../core/model';
import { type CliCommand, CliError, parseArgs } from './command';
import { readAnyMap } from './readAnyMap';

const usage = (): string => `warrant import <file> [--from <format>] [-o <map.json>]

Reads an argument map in another format and writes it as a Warrant map (JSON).

Formats (--from; otherwise chosen as the editor's import does: by the file extension, a .json file
by its shape (Warrant map or AIF), a file without one by its first character, .txt and .md as Argdown):
${importFormats.map((f) => `  ${f.id.padEnd(9)} ${f.label} (${f.extensions.map((e) => `.${e}`).join(', ')})`).join('\n')}

Options:
  -o, --output <file>   write the map here instead of standard output
  --from <format>       input format, when the extension does not say it

Anything the format could not carry over is listed on standard error as a note.`;

export const importCommand: CliCommand = {
  get usage() {
    return usage();
  },
  async run(args, io) {
    const { positionals, values } = parseArgs(args, { values: ['from', 'output'], alias: { '-o': 'output' } });
    if (positionals.length !== 1) throw new CliError('usage: warrant import <file> [--from json|argdown|aif|graphml] [-o <map.json>]');
    const [path] = positionals;
    const { map, notes } = await readAnyMap(path, values.from);
    for (const note of notes) io.stderr(`note: ${note}\n`);
    const text = serializeMap(map);
    const out = values.output;
    if (out && out !== '-') {
      await writeFile(out, text).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`cannot write ${out}: ${e.code === 'ENOENT' ? 'no such directory' : e.message}`);
      });
      io.stderr(`${out}: ${map.statements.length} statements, ${map.inferences.length} inferences\n`);
    } else io.stdout(text);
    return 0;
  },
};

import { type CliCommand, parseArgs, CliError } from './command';
import { readMapFile } from './readMapFile';

export const validateCommand: CliCommand = {
  usage: 'warrant validate <map.json>\n\nExits 0 when the map is valid; otherwise prints the field and the reason and exits 1.',
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    if (positionals.length !== 1) throw new CliError('usage: warrant validate <map.json>');
    const map = await readMapFile(positionals[0]);
    io.stdout(`${positionals[0]}: valid (${map.statements.length} statements, ${map.inferences.length} inferences)\n`);
    return 0;
  },
};

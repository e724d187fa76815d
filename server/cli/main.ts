import { type CliIo, CliError } from './command';
import { commands } from './commands';

const defaultIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'warrant — argument maps from the command line',
    '',
    'Usage: warrant <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `warrant <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code (never throws, never calls process.exit). */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 1;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`warrant: unknown command "${name}" (try warrant --help)\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`warrant ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`warrant ${name}: unexpected error: ${(e as Error).message}\n`);
    return 70;
  }
}

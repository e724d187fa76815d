/** A CLI sub-command: `warrant <name> …`. */
export interface CliIo {
  readonly stdout: (text: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
}

/** What a sub-command does (its name and one-line summary are in commands.ts, which loads it when it runs). */
export interface CliCommand {
  /** Full usage text for `warrant <name> --help`. */
  readonly usage: string;
  /** Returns the exit code: 0 on success. Throw CliError for a one-line failure. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A failure the user caused (bad input, bad flag): printed as one line, exit code 1 (or the given one). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Splits argv into positionals and `--flag value` / `--flag` / `-o value` options. */
export function parseArgs(
  args: readonly string[],
  spec: { readonly values?: readonly string[]; readonly flags?: readonly string[]; readonly alias?: Readonly<Record<string, string>> },
): { positionals: string[]; values: Record<string, string>; flags: Set<string> } {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const raw = args[i];
    if (!raw.startsWith('-') || raw === '-') {
      positionals.push(raw);
      continue;
    }
    const [nameRaw, inline] = raw.split(/=(.*)/s, 2);
    const name = spec.alias?.[nameRaw] ?? nameRaw.replace(/^--?/, '');
    if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`option --${name} needs a value`);
      values[name] = value;
    } else if (spec.flags?.includes(name)) flags.add(name);
    else throw new CliError(`unknown option ${nameRaw}`);
  }
  return { positionals, values, flags };
}

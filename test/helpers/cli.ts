import type { CliIo } from '../../server/cli/command';
import { main } from '../../server/cli/main';

/** Runs the `warrant` CLI in this process with `argv`, collecting what it prints. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(String(t)), stderr: (t) => void err.push(t) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

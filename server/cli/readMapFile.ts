import { readFile, stat } from 'node:fs/promises';
import { type ArgumentMap, formatIssues, readMapText } from '../../core/model';
import { CliError } from './command';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Reads a file as UTF-8 text, refusing missing, huge or binary files with a one-line reason. */
export async function readTextFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`${path}: no such file`);
  if (!info.isFile()) throw new CliError(`${path}: not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new CliError(`${path}: binary data, not a text file`);
  return bytes.toString('utf8');
}

/** Reads and validates a native map file. */
export async function readMapFile(path: string): Promise<ArgumentMap> {
  const text = await readTextFile(path);
  const result = readMapText(text);
  if (!result.ok) throw new CliError(`${path}: ${formatIssues(result.issues)}`);
  return result.map;
}

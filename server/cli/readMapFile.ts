import { readFile, stat } from 'node:fs/promises';
import { ImportError, decodeImportBytes } from '../../core/formats';
import { type ArgumentMap, MAX_IMPORT_BYTES, formatIssues, readMapText } from '../../core/model';
import { CliError } from './command';

/** Reads a file's bytes, refusing missing or huge files with a one-line reason. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`${path}: no such file`);
  if (!info.isFile()) throw new CliError(`${path}: not a file`);
  if (info.size > MAX_IMPORT_BYTES) throw new CliError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  return readFile(path);
}

/** Reads a file as UTF-8 text (without a byte-order mark), refusing missing, huge or binary files with a one-line reason. */
export async function readTextFile(path: string): Promise<string> {
  const bytes = await readFileBytes(path);
  try {
    return decodeImportBytes(path, bytes);
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(e.message);
    throw e;
  }
}

/** Reads and validates a native map file. */
export async function readMapFile(path: string): Promise<ArgumentMap> {
  const text = await readTextFile(path);
  const result = readMapText(text);
  if (!result.ok) throw new CliError(`${path}: ${formatIssues(result.issues)}`);
  return result.map;
}

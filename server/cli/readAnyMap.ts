import { type ImportResult, ImportError, decodeImportBytes, pickImportFormat } from '../../core/formats';
import { CliError } from './command';
import { readFileBytes } from './readMapFile';

/** Reads a map in any importable format (native JSON, Argdown, AIF, GraphML…); the format is picked by core's rules, as the browser's import does. */
export async function readAnyMap(path: string, from?: string): Promise<ImportResult> {
  const bytes = await readFileBytes(path);
  try {
    const text = decodeImportBytes(path, bytes);
    const format = pickImportFormat(path, text, from);
    try {
      return format.import(text);
    } catch (e) {
      if (e instanceof ImportError) throw new CliError(`${path}: ${e.message}`);
      throw e;
    }
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(e.message);
    throw e;
  }
}

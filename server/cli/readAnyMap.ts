import { extname } from 'node:path';
import { type ImportResult, ImportError, getImportFormat, importFormats } from '../../core/formats';
import { looksLikeAif } from '../../core/formats/aif/sniff';
import { CliError } from './command';
import { readTextFile } from './readMapFile';

/** Picks an import format from an explicit id, or the file's extension (a .json file with AIF's shape is AIF). */
function pickFormat(path: string, text: string, from?: string) {
  if (from) {
    const f = getImportFormat(from);
    if (!f) throw new CliError(`unknown input format "${from}" (one of: ${importFormats.map((x) => x.id).join(', ')})`);
    return f;
  }
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === 'json' && looksLikeAif(text)) return getImportFormat('aif') ?? getImportFormat('json')!;
  return importFormats.find((f) => f.extensions.includes(ext)) ?? getImportFormat('json')!;
}

/** Reads a map in any importable format (native JSON, Argdown, AIF, GraphML…). */
export async function readAnyMap(path: string, from?: string): Promise<ImportResult> {
  const text = await readTextFile(path);
  const format = pickFormat(path, text, from);
  try {
    return format.import(text);
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

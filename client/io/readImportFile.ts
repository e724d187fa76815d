import { type ParsedImport, ImportError, parseImport } from '../../core/formats';
import { MAX_IMPORT_BYTES } from '../../core/model/limits';

// Rounded up, so a file just over the limit never reads as exactly the limit.
const mb = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

/**
 * Reads a picked or dropped file into a map, or throws an ImportError naming the file and the
 * problem. Which format it is follows core's rules (core/formats/detect.ts), as the CLI does.
 */
export async function readImportFile(file: Blob & { readonly name: string }): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(`“${file.name}” is ${mb(file.size)}; a file to import can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const result = parseImport(file.name, new Uint8Array(await file.arrayBuffer()));
  if (result.map.statements.length === 0) throw new ImportError(`“${file.name}” holds no statements, so there is nothing to add.`);
  return result;
}

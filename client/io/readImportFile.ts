import { type ImportFormat, type ImportResult, ImportError, getImportFormat, importFormats } from '../../core/formats';
import { looksLikeAif } from '../../core/formats/aif/sniff';

/** The largest file the editor imports: far above any real map, well below what stalls a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** File signatures of things people drop by mistake, to say what the file is rather than only what it is not. */
const SIGNATURES: readonly [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive (or Word/Excel document)', [0x50, 0x4b, 0x03, 0x04]],
];

// Rounded up, so a file just over the limit never reads as exactly the limit.
const mb = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';
const accepted = () => [...new Set(importFormats.flatMap((f) => f.extensions))].map((e) => `.${e}`).join(', ');

export { looksLikeAif };

/** The import format for a file: by extension (a .json file by its shape), else by its first character. */
export function detectImportFormat(name: string, text: string): ImportFormat | undefined {
  const ext = extensionOf(name);
  const start = text.trimStart()[0];
  if (ext === 'json' || (!ext && start === '{')) return getImportFormat(looksLikeAif(text) ? 'aif' : 'json');
  const byExtension = importFormats.find((f) => f.extensions.includes(ext));
  if (byExtension) return byExtension;
  if (start === '{') return getImportFormat(looksLikeAif(text) ? 'aif' : 'json');
  if (start === '<' && /<graphml[\s>]/.test(text.slice(0, 4096))) return getImportFormat('graphml');
  if (ext === 'txt' || ext === 'md') return getImportFormat('argdown');
  return undefined;
}

/** A file's bytes as text, or an ImportError saying why it is not a text file the editor can read. */
export function decodeImportBytes(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError(`“${name}” is empty.`);
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  if (kind) throw new ImportError(`“${name}” is ${kind}, not an argument map. Import a Warrant map, Argdown, AIF or GraphML file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`“${name}” is binary data or not UTF-8 text; an argument map file is UTF-8 text.`);
  }
  if (text.includes('\u0000')) throw new ImportError(`“${name}” is binary data, not a text file.`);
  return text.replace(/^\uFEFF/, '');
}

export interface ParsedImport extends ImportResult {
  readonly format: ImportFormat;
}

/** Reads a picked or dropped file into a map, or throws an ImportError naming the file and the problem. */
export async function readImportFile(file: Blob & { readonly name: string }): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(`“${file.name}” is ${mb(file.size)}; a file to import can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const text = decodeImportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  const format = detectImportFormat(file.name, text);
  if (!format) throw new ImportError(`“${file.name}” is not a format the editor reads; use ${accepted()}.`);
  let result: ImportResult;
  try {
    result = format.import(text);
  } catch (e) {
    // Importers throw ImportError for bad input; anything else is still the file's fault here.
    throw new ImportError(`“${file.name}” is not valid ${format.label}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (result.map.statements.length === 0) throw new ImportError(`“${file.name}” holds no statements, so there is nothing to add.`);
  return { ...result, format };
}

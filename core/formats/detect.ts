import { looksLikeAif } from './aif/sniff';
import { decodeText } from './decodeText';
import { type ImportFormat, type ImportResult, ImportError } from './format';
import { getImportFormat, importFormats } from './registry';

/**
 * Which format a file is, and its bytes as text: the one set of rules the browser's import, the
 * CLI and the server's `POST /api/maps` all follow.
 * Worked examples: `map.json` holding `{"nodes": …}` → AIF; `map.json` holding a Warrant map →
 * json; `notes.txt` → Argdown; `download` (no extension) starting `{` → json or AIF by its shape;
 * `x.xml` starting `<graphml` → GraphML; `slides.key` → none (the caller says which formats it reads).
 */

/** File signatures of things people drop by mistake, to say what the file is rather than only what it is not. */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive (or Word/Excel document)', [0x50, 0x4b, 0x03, 0x04]],
];

/** A file name's extension, lower case, without the dot ('' when it has none). */
export const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';

/** The extensions some import format claims, each with its dot (for messages and file pickers). */
export const importExtensions = (): string[] => [...new Set(importFormats.flatMap((f) => f.extensions))].map((e) => `.${e}`);

const jsonOrAif = (text: string) => getImportFormat(looksLikeAif(text) ? 'aif' : 'json');

/** The import format for a file: by extension (a .json file by its shape), else by its first character. */
export function detectImportFormat(name: string, text: string): ImportFormat | undefined {
  const ext = extensionOf(name);
  const start = text.trimStart()[0];
  if (ext === 'json' || (!ext && start === '{')) return jsonOrAif(text);
  const byExtension = importFormats.find((f) => f.extensions.includes(ext));
  if (byExtension) return byExtension;
  if (start === '{') return jsonOrAif(text);
  if (start === '<' && /<graphml[\s>]/.test(text.slice(0, 4096))) return getImportFormat('graphml');
  if (ext === 'txt' || ext === 'md') return getImportFormat('argdown');
  return undefined;
}

/** A file's bytes as text (UTF-8, or UTF-16 by its BOM or zero bytes; see decodeText.ts) without a byte-order mark, or an ImportError saying why it is not a text file a map can be read from. */
export function decodeImportBytes(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError(`“${name}” is empty.`);
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  if (kind) throw new ImportError(`“${name}” is ${kind}, not an argument map. Import a Warrant map, Argdown, AIF or GraphML file.`);
  try {
    return decodeText(bytes);
  } catch (e) {
    if (e instanceof ImportError) throw new ImportError(`“${name}” ${e.message}.`);
    throw e;
  }
}

export interface ParsedImport extends ImportResult {
  readonly format: ImportFormat;
}

/** The format to read a file with: the one named by `from` (a format id), else the detected one; or an ImportError. */
export function pickImportFormat(name: string, text: string, from?: string): ImportFormat {
  if (from) {
    const named = getImportFormat(from.toLowerCase());
    if (!named) throw new ImportError(`unknown input format "${from}" (one of: ${importFormats.map((f) => f.id).join(', ')})`);
    return named;
  }
  const format = detectImportFormat(name, text);
  if (!format) throw new ImportError(`“${name}” is not a format Warrant reads; use ${importExtensions().join(', ')}.`);
  return format;
}

/**
 * A file's bytes read as a map: decoded, its format picked (see pickImportFormat) and parsed;
 * or an ImportError naming the file and the problem.
 */
export function parseImport(name: string, bytes: Uint8Array, from?: string): ParsedImport {
  const text = decodeImportBytes(name, bytes);
  const format = pickImportFormat(name, text, from);
  try {
    return { ...format.import(text), format };
  } catch (e) {
    // Importers throw ImportError for bad input; anything else is still the file's fault here.
    throw new ImportError(`“${name}” is not valid ${format.label}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

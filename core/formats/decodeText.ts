import { ImportError } from './format';

/**
 * A file's bytes as text, for every importer: UTF-8 (with or without a byte order mark) or
 * UTF-16 (little- or big-endian, with a BOM, or without one when every other byte of the
 * start is zero, as Windows tools write it). Anything else is refused with the reason:
 *   EF BB BF 7B …   → "{…"  (the BOM dropped)
 *   FF FE 7B 00 …   → "{…"  (UTF-16 LE)
 *   7B C3 28 …      → ImportError "is not UTF-8 text (invalid byte 0xC3 at byte 1); save it as UTF-8"
 * The error messages read after the file's name: `“notes.txt” is binary data, not a text file`.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding = utf16Of(bytes);
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const body = bom ? bytes.subarray(2) : bytes;
  let text: string;
  try {
    text = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (!encoding && bytes.includes(0)) throw new ImportError('is binary data, not a text file');
    const at = encoding ? undefined : firstBadUtf8(bytes);
    const where = at === undefined ? '' : ` (invalid byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at byte ${at})`;
    throw new ImportError(`is not ${encoding ? 'valid UTF-16' : 'UTF-8'} text${where}; save it as UTF-8`);
  }
  if (text.includes('\u0000')) throw new ImportError('is binary data, not a text file');
  return text.replace(/^\uFEFF/, '');
}

/** 'utf-16le' / 'utf-16be' when the bytes are UTF-16 by their BOM or their zero bytes, else undefined. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No BOM: ASCII-range text in UTF-16 has a zero in every other byte.
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd === n / 2 && even === 0) return 'utf-16le';
  if (even === n / 2 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Where UTF-8 decoding first fails (for the message), by decoding growing prefixes in steps. */
function firstBadUtf8(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len || i + len > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return undefined;
}

import { MAX_SOURCE_BYTES } from '../../../core/model';

const formatMb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Line endings made uniform and a byte-order mark dropped, so offsets mean the same everywhere. */
export function normalizeSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Why a text cannot be attached as a source, written for the person attaching it; null when it can. */
export function checkSourceText(text: string, name = 'The text'): string | null {
  if (text.trim() === '') return `${name} is empty: paste or choose the text you are mapping.`;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SOURCE_BYTES) return `${name} is ${formatMb(bytes)}; a source can be at most ${formatMb(MAX_SOURCE_BYTES)}. Attach the part you are mapping.`;
  // NUL and other control characters (tab, line breaks and form feed aside) mean binary data.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 1000)) {
    return `${name} does not look like plain text (it contains binary data). Save it as a .txt file and try again.`;
  }
  // Many U+FFFD: the file was decoded as UTF-8 but is in another encoding.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > Math.max(8, text.length / 1000)) return `${name} is not UTF-8 text. Save it with UTF-8 encoding and try again.`;
  return null;
}

/** Why a file cannot be read as a source before reading it; null when it can. */
export function checkSourceFile(file: File): string | null {
  if (file.size > MAX_SOURCE_BYTES) return `“${file.name}” is ${formatMb(file.size)}; a source can be at most ${formatMb(MAX_SOURCE_BYTES)}.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** Reads a chosen file as text (UTF-8). */
export function readFileAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read “${file.name}”`));
    reader.readAsText(file, 'utf-8');
  });
}

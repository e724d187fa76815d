/** Saves data as a file through the browser's download (an object URL on a temporary link). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; let it live a little.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Exported data as a Blob of its MIME type (text as UTF-8). */
export function toBlob(data: string | Uint8Array, mimeType: string): Blob {
  const type = typeof data === 'string' ? `${mimeType};charset=utf-8` : mimeType;
  return new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
}

/**
 * PNG in the browser: the SVG figure drawn onto a canvas at 1×, 2× or 4×. No round trip, so it
 * works for a selection or the current view, offline, and on a view-only link, and it is
 * exactly the figure the preview shows. Browsers cap canvas size; past that the caller asks
 * the server (resvg) instead.
 */

/** Kept well inside every current browser's canvas limits (Chrome: 32,767 px a side, 268 M pixels). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 100_000_000;

export class RasterTooLargeError extends Error {
  constructor(readonly width: number, readonly height: number) {
    super(`${width} × ${height} px is more than this browser can draw`);
  }
}

/** The width and height attributes of an SVG document (the figure's size in CSS pixels). */
export function getSvgSize(svg: string): { width: number; height: number } {
  const head = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(head)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

export function getRasterSize(svg: string, scale: number): { width: number; height: number } {
  const { width, height } = getSvgSize(svg);
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}

/** Draws an SVG document at `scale` on white or transparent and encodes it as PNG. */
export async function rasterizeSvg(svg: string, scale: number, background: 'white' | 'transparent'): Promise<Blob> {
  const { width, height } = getRasterSize(svg, scale);
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_PIXELS) throw new RasterTooLargeError(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // A browser short of memory for this canvas gives no context or no blob: let the server draw it.
    const g = canvas.getContext('2d');
    if (!g) throw new RasterTooLargeError(width, height);
    if (background === 'white') {
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, width, height);
    }
    // Drawn at the target size, so the vector figure is rasterised sharp rather than upscaled.
    g.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new RasterTooLargeError(width, height))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

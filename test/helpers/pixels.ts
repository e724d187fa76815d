import type { Page } from 'playwright-core';

/**
 * Mean absolute difference per colour channel (0–255) between two PNG screenshots of the same
 * size, decoded by the browser's own image decoder (not by the code under test).
 */
export function meanPixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      Object.assign(c, { width: img.width, height: img.height });
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height).data;
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    if (pa.length !== pb.length) throw new Error('the two images differ in size');
    let sum = 0;
    let n = 0;
    for (let i = 0; i < pa.length; i += 4) for (let k = 0; k < 3; k++, n++) sum += Math.abs(pa[i + k] - pb[i + k]);
    return sum / n;
  }, [a.toString('base64'), b.toString('base64')] as const);
}

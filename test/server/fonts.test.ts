import { describe, expect, it } from 'vitest';
import { isDejaVu } from '../../server/render/fonts';
import { loadFontkitFace } from '../../server/render/fontkitFace';

// isDejaVu reads core's generated metrics instead of opening the font with fontkit (start-up):
// the font file itself is the oracle, over every code point of the Basic Multilingual Plane and
// every character the font has beyond it.
describe('isDejaVu', () => {
  const face = loadFontkitFace('regular');
  it('agrees with the font file on every code point from U+0020', () => {
    const points = [...Array.from({ length: 0x10000 - 0x20 }, (_, i) => i + 0x20), ...face.characterSet.filter((cp) => cp > 0xffff), 0x1f600, 0x20000];
    const wrong = points.filter((cp) => isDejaVu(cp) !== face.hasGlyphForCodePoint(cp));
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
    expect(points.filter(isDejaVu).length).toBeGreaterThan(5000);
  });
});

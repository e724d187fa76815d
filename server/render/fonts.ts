import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hasFigureGlyph } from '../../core/render/metrics';
import type { FaceKey } from '../../core/render/style';
import { woffToSfnt } from './woff';

/**
 * The figure font shipped with the project, so figures never depend on the fonts a machine
 * has: DejaVu Sans (package dejavu-fonts-ttf) for Latin, Polish, Cyrillic, Greek and most
 * symbols, and Noto Sans SC (package @fontsource/noto-sans-sc, 400 weight) for CJK, which
 * DejaVu lacks. The CJK font comes as ~100 WOFF pieces by Unicode range; only the pieces a
 * figure's text needs are loaded.
 */

const require = createRequire(import.meta.url);
const dejavuDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const cjkDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

export const FONT_FACES: readonly { key: FaceKey; file: string }[] = [
  { key: 'regular', file: 'DejaVuSans.ttf' },
  { key: 'bold', file: 'DejaVuSans-Bold.ttf' },
  { key: 'oblique', file: 'DejaVuSans-Oblique.ttf' },
  { key: 'boldOblique', file: 'DejaVuSans-BoldOblique.ttf' },
];

/** Path of one DejaVu Sans face. */
export const fontFilePath = (key: FaceKey): string => join(dejavuDir, FONT_FACES.find((f) => f.key === key)!.file);

const bytesCache = new Map<string, Uint8Array>();
function cached(key: string, load: () => Uint8Array): Uint8Array {
  let b = bytesCache.get(key);
  if (!b) bytesCache.set(key, (b = load()));
  return b;
}

/** The TrueType bytes of one DejaVu Sans face. */
export const fontBytes = (key: FaceKey): Uint8Array => cached(key, () => new Uint8Array(readFileSync(fontFilePath(key))));

/** The CJK pieces by Unicode range, from the package's own table. */
const cjkPieces: readonly { id: string; ranges: readonly [number, number][] }[] = Object.entries(
  JSON.parse(readFileSync(join(cjkDir, 'unicode.json'), 'utf8')) as Record<string, string>,
).map(([name, list]) => ({
  id: name.replace(/[[\]]/g, ''),
  ranges: list.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
  }),
}));

/** The id of the CJK piece that has a glyph for `cp`, if any. */
export function cjkPieceFor(cp: number): string | undefined {
  return cjkPieces.find((p) => p.ranges.some(([a, b]) => cp >= a && cp <= b))?.id;
}

/** The pieces needed for some text, in a stable order. */
export function cjkPiecesFor(text: string): string[] {
  const ids = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x2e7f && !isDejaVu(cp)) {
      const id = cjkPieceFor(cp);
      if (id) ids.add(id);
    }
  }
  return [...ids].sort();
}

/**
 * True when DejaVu Sans has the character (then it is set in DejaVu, not the CJK font). Read from
 * core's metrics table, generated from the font's own character set, so asking needs no font parser
 * (fontkit alone took ~0.2 s of a CLI export's start-up).
 */
export const isDejaVu = (cp: number): boolean => hasFigureGlyph(cp);

/** An OpenType (sfnt) font of one CJK piece, unpacked from its WOFF file. */
export const cjkFontBytes = (id: string): Uint8Array =>
  cached(`cjk-${id}`, () => woffToSfnt(readFileSync(join(cjkDir, 'files', `noto-sans-sc-${id}-400-normal.woff`))));

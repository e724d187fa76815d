import subsetFont from 'subset-font';
import type { Scene, SceneText } from '../../core/render/scene';
import { CJK_FONT, type FaceKey, FIGURE_FONT, faceOf } from '../../core/render/style';
import { cjkFontBytes, cjkPieceFor, fontBytes, isDejaVu } from './fonts';

/**
 * @font-face rules that carry the figure's own font inside an SVG, for a file that draws the
 * same on a machine without DejaVu Sans: for each face the figure uses, a subset of the
 * characters it sets (HarfBuzz's hb-subset, via subset-font) as base64 WOFF2; CJK characters
 * come from subsets of the Noto Sans SC pieces that hold them.
 */

const FACE_CSS: Record<FaceKey, string> = {
  regular: 'font-weight:normal;font-style:normal',
  bold: 'font-weight:bold;font-style:normal',
  oblique: 'font-weight:normal;font-style:italic',
  boldOblique: 'font-weight:bold;font-style:italic',
};

function sceneTexts(scene: Scene): SceneText[] {
  return [...scene.nodes.flatMap((n) => [...(n.caption ? [n.caption] : []), ...n.lines]), ...(scene.legend?.texts ?? [])];
}

const unicodeRange = (chars: string): string => [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(',');

async function rule(family: string, style: string, bytes: Uint8Array, chars: string, ranged = false): Promise<string> {
  const woff2 = await subsetFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), chars, { targetFormat: 'woff2' });
  const range = ranged ? `;unicode-range:${unicodeRange(chars)}` : '';
  return `@font-face{font-family:'${family}';${style}${range};src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')}`;
}

/** The style sheet (one @font-face per face and CJK piece used) that embeds the scene's fonts. */
export async function getEmbeddedFontCss(scene: Scene): Promise<string> {
  const dejavu = new Map<FaceKey, Set<string>>();
  const cjk = new Map<string, Set<string>>();
  const add = <K>(m: Map<K, Set<string>>, k: K, ch: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(ch);
  for (const t of sceneTexts(scene)) {
    for (const ch of t.text) {
      const cp = ch.codePointAt(0)!;
      const piece = isDejaVu(cp) || /\s/.test(ch) ? undefined : cjkPieceFor(cp);
      if (piece) add(cjk, piece, ch);
      else add(dejavu, faceOf(t.style), ch);
    }
  }
  const rules = await Promise.all([
    ...[...dejavu].map(([face, chars]) => rule(FIGURE_FONT, FACE_CSS[face], fontBytes(face), [...chars].join(''))),
    // Noto Sans SC has one weight here (browsers embolden it for bold text); each piece says which characters it holds.
    ...[...cjk].map(([piece, chars]) => rule(CJK_FONT, FACE_CSS.regular, cjkFontBytes(piece), [...chars].join(''), true)),
  ]);
  return rules.join('\n');
}

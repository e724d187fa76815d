import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { ExportOptions } from '../../core/formats/format';
import { placeOnPage } from '../../core/formats/pdf';
import { box, circle, polygon, polyline } from '../../core/formats/pdf/pdfContent';
import { hasFigureGlyph } from '../../core/render/metrics';
import type { Scene, SceneEdge, SceneText } from '../../core/render/scene';
import type { ReportLayout } from '../../core/workshop/reportPdf';
import { type FaceKey, faceOf, INK } from '../../core/render/style';
import { cjkFontBytes, cjkPieceFor, fontBytes } from './fonts';

/**
 * A figure as PDF with its fonts embedded: shapes are the same content-stream operators the
 * core writer draws, and text is set in subsets of the project's font (DejaVu Sans, Noto Sans
 * SC for CJK) embedded by pdf-lib, with a ToUnicode map, so every script prints and copies as
 * written (Алматы stays Алматы) and publishers' checks find no unembedded font.
 */

const num = (v: number): string => String(Math.round(v * 100) / 100);
function rgb(hex: string): string {
  const v = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  return [0, 2, 4].map((i) => num(parseInt(v.slice(i, i + 2), 16) / 255)).join(' ');
}

/** The six-capital-letter tag PDF puts before a subset font's name ("ABCDEF+DejaVuSans"), from a string hash. */
function subsetTag(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 26)) tag += String.fromCharCode(65 + (h % 26));
  return tag;
}

/** Fonts embedded on first use, each as a subset of the glyphs the figure sets, named as subsets are. */
function createFonts(doc: PDFDocument, seed: string) {
  const fonts = new Map<string, Promise<PDFFont>>();
  const get = (key: string, bytes: () => Uint8Array): Promise<PDFFont> => {
    let f = fonts.get(key);
    if (!f) {
      const data = bytes();
      const name = fontkit.create(Buffer.from(data)).postscriptName ?? key;
      fonts.set(key, (f = doc.embedFont(data, { subset: true, customName: `${subsetTag(`${seed}/${key}`)}+${name}` })));
    }
    return f;
  };
  return {
    face: (face: FaceKey) => get(face, () => fontBytes(face)),
    cjk: (piece: string) => get(`cjk-${piece}`, () => cjkFontBytes(piece)),
  };
}
type Fonts = ReturnType<typeof createFonts>;

/** Splits text into runs that one font sets: DejaVu where it has the glyph, else the CJK piece that has it. */
function runs(text: string, face: FaceKey): { key: FaceKey | string; text: string }[] {
  const out: { key: FaceKey | string; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const piece = hasFigureGlyph(cp) || /\s/.test(ch) ? undefined : cjkPieceFor(cp);
    const key = piece ? `cjk:${piece}` : face;
    const last = out[out.length - 1];
    if (last && last.key === key) last.text += ch;
    else out.push({ key, text: ch });
  }
  return out;
}

async function textOps(page: ReturnType<PDFDocument['addPage']>, fonts: Fonts, t: SceneText): Promise<string> {
  const s = t.style;
  const face = faceOf(s);
  const parts = await Promise.all(
    runs(t.text, face).map(async (r) => {
      const font = await (r.key.startsWith('cjk:') ? fonts.cjk(r.key.slice(4)) : fonts.face(r.key as FaceKey));
      return { font, text: r.text, width: font.widthOfTextAtSize(r.text, s.size) };
    }),
  );
  const total = parts.reduce((w, p) => w + p.width, 0);
  let x = t.anchor === 'middle' ? t.x - total / 2 : t.x;
  const ops: string[] = [];
  for (const p of parts) {
    const name = page.node.newFontDictionary(p.font.name, p.font.ref);
    ops.push(`BT ${rgb(s.color)} rg ${name} ${num(s.size)} Tf 1 0 0 -1 ${num(x)} ${num(t.y)} Tm ${p.font.encodeText(p.text)} Tj ET`);
    x += p.width;
  }
  return ops.join('\n');
}

const edgeOps = (e: SceneEdge): string[] => [polyline(e.points, e.line), ...(e.headShape ? [polygon(e.headShape.points, e.headShape.fill)] : [])];

/** Content-stream operators for a scene placed on a page (placeOnPage). */
async function sceneOps(scene: Scene, at: ReturnType<typeof placeOnPage>, text: (t: SceneText) => Promise<string>): Promise<string[]> {
  const ops: string[] = ['q', `${num(at.scale)} 0 0 ${num(-at.scale)} ${num(at.x)} ${num(at.height - at.y)} cm`, '1 j'];
  ops.push(...scene.edges.flatMap(edgeOps));
  ops.push(...scene.junctions.map((j) => circle(j.cx, j.cy, j.r, INK)));
  for (const n of scene.nodes) {
    ops.push(box(n.x, n.y, n.width, n.height, n.box));
    if (n.caption) ops.push(await text(n.caption));
    for (const l of n.lines) ops.push(await text(l));
  }
  const legend = scene.legend;
  if (legend) {
    ops.push(box(legend.x, legend.y, legend.width, legend.height, legend.frame));
    ops.push(...legend.edges.flatMap(edgeOps), ...legend.junctions.map((j) => circle(j.cx, j.cy, j.r, INK)));
    for (const t of legend.texts) ops.push(await text(t));
  }
  ops.push('Q');
  return ops;
}

/** A new page of the given size whose content is `ops`, written by `draw` (given the text setter for this page). */
async function addPage(doc: PDFDocument, fonts: Fonts, width: number, height: number, draw: (text: (t: SceneText) => Promise<string>) => Promise<string[]>): Promise<void> {
  const pdfPage = doc.addPage([width, height]);
  const ops = await draw((t) => textOps(pdfPage, fonts, t));
  pdfPage.node.addContentStream(doc.context.register(doc.context.flateStream(ops.join('\n'))));
}

/** Draws one scene onto a new page of the document. */
async function drawPage(doc: PDFDocument, fonts: Fonts, scene: Scene, page: ExportOptions['page']): Promise<void> {
  const at = placeOnPage(scene, page);
  await addPage(doc, fonts, at.width, at.height, (text) => sceneOps(scene, at, text));
}

async function createDocument(title: string, seed: string) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setProducer('Warrant');
  doc.setCreator('Warrant argument map export');
  return { doc, fonts: createFonts(doc, seed) };
}

/** A critique report (core/workshop layoutReport) as PDF: its text and figure set in embedded subsets of the project's font. */
export async function reportToEmbeddedPdf(layout: ReportLayout): Promise<Uint8Array> {
  const { doc, fonts } = await createDocument(layout.title, layout.pages.flatMap((p) => p.texts.map((t) => t.text)).join('\n'));
  for (const page of layout.pages) {
    await addPage(doc, fonts, page.width, page.height, async (text) => {
      // Text lines are placed y down, like scenes: flip once for the page.
      const ops = ['q', `1 0 0 -1 0 ${num(page.height)} cm`];
      for (const t of page.texts) ops.push(await text(t));
      ops.push('Q');
      if (page.figure) ops.push(...(await sceneOps(page.figure, placeOnPage(page.figure, 'a4'), text)));
      return ops;
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** Draws scenes as a PDF, one page each (the sub-figures of a split figure), with embedded font subsets. */
export async function scenesToEmbeddedPdf(scenes: readonly Scene[], page: ExportOptions['page'] = 'fit'): Promise<Uint8Array> {
  const seed = scenes.flatMap((s) => s.nodes.map((n) => n.lines.map((l) => l.text).join('\n'))).join('\n');
  const { doc, fonts } = await createDocument(scenes[0].title.replace(/ \(a\)$/, ''), seed);
  for (const scene of scenes) await drawPage(doc, fonts, scene, page);
  return doc.save({ useObjectStreams: false });
}

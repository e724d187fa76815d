import type { StatementKind } from '../model/types';
import type { RelationKind } from '../model/relations';

/**
 * The visual language of every figure format (SVG, PDF, PNG, TikZ, DOT, Mermaid).
 * It survives grayscale printing: kinds differ by border weight, dash and fill and carry
 * a caption word; support is a solid line with a filled triangle, attack a dashed line
 * ending in a bar, an undercut a dotted line ending in a bar at the inference's junction.
 * Colours are #rrggbb so the PDF writer can use them directly.
 */

export interface BoxStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  /** Dash pattern (empty: solid). */
  readonly dash: readonly number[];
  readonly fill: string;
  readonly radius: number;
}

export interface TextStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
}

export interface KindStyle {
  readonly box: BoxStyle;
  readonly text: TextStyle;
  /** Word shown above the text ('' for plain claims). */
  readonly caption: string;
}

/** The role an inference's lines play in a figure: its relation kind (core/model/relations). */
export type EdgeRole = RelationKind;
export type HeadShape = 'triangle' | 'bar';

export interface LineStyle {
  readonly stroke: string;
  readonly width: number;
  readonly dash: readonly number[];
  readonly cap: 'butt' | 'round';
}

export interface EdgeStyle {
  readonly line: LineStyle;
  readonly head: HeadShape;
  /** Legend wording. */
  readonly label: string;
}

/**
 * The project's figure font: DejaVu Sans (shipped as an npm package, measured by
 * core/render/fontMetrics.ts) with Noto Sans SC for CJK. SVG names both, then a generic family.
 */
export const FIGURE_FONT = 'DejaVu Sans';
export const CJK_FONT = 'Noto Sans SC';
export const FONT_FAMILY = `'${FIGURE_FONT}', '${CJK_FONT}', sans-serif`;
/** The four faces of the figure font. */
export type FaceKey = 'regular' | 'bold' | 'oblique' | 'boldOblique';
export const faceOf = (s: { readonly bold: boolean; readonly italic: boolean }): FaceKey =>
  s.bold ? (s.italic ? 'boldOblique' : 'bold') : s.italic ? 'oblique' : 'regular';
export const INK = '#1a1a1a';

/** Sizes in figure units (1 unit = 1 CSS px in SVG, 1 pt in PDF and TikZ). */
export const SIZES = {
  nodeWidth: 170,
  padX: 8,
  padTop: 7,
  padBottom: 8,
  captionSize: 8.5,
  captionBand: 13,
  lineHeight: 15,
  junctionRadius: 3.5,
  headLength: 9,
  headWidth: 8,
  barWidth: 12,
  barThickness: 2.2,
  legendSize: 10,
} as const;

const text = (over: Partial<TextStyle> = {}): TextStyle => ({ size: 12, bold: false, italic: false, color: INK, ...over });
const box = (over: Partial<BoxStyle> = {}): BoxStyle => ({ stroke: '#333333', strokeWidth: 1, dash: [], fill: '#ffffff', radius: 3, ...over });

export const KIND_STYLES: Readonly<Record<StatementKind, KindStyle>> = {
  thesis: { caption: 'THESIS', box: box({ stroke: '#000000', strokeWidth: 2.4, fill: '#f2f2f2' }), text: text({ bold: true }) },
  claim: { caption: '', box: box(), text: text() },
  evidence: { caption: 'EVIDENCE', box: box({ fill: '#e8e8e8', radius: 0 }), text: text() },
  assumption: { caption: 'ASSUMPTION', box: box({ dash: [5, 3] }), text: text() },
  question: { caption: 'QUESTION', box: box({ radius: 12 }), text: text({ italic: true }) },
  note: { caption: 'NOTE', box: box({ stroke: '#666666', dash: [1.5, 2], fill: '#fbfbf3' }), text: text({ size: 11, color: '#444444' }) },
};

export const EDGE_STYLES: Readonly<Record<EdgeRole, EdgeStyle>> = {
  support: { label: 'supports', head: 'triangle', line: { stroke: INK, width: 1.3, dash: [], cap: 'butt' } },
  attack: { label: 'attacks', head: 'bar', line: { stroke: INK, width: 1.3, dash: [6, 3.5], cap: 'butt' } },
  undercut: { label: 'undercuts (attacks an inference)', head: 'bar', line: { stroke: INK, width: 1.6, dash: [0.1, 3.4], cap: 'round' } },
};

/** Caption text style (kind word and tags). */
export const CAPTION_STYLE: TextStyle = { size: SIZES.captionSize, bold: true, italic: false, color: '#555555' };
export const LEGEND_STYLE: TextStyle = { size: SIZES.legendSize, bold: false, italic: false, color: INK };

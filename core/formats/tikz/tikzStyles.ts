import { STATEMENT_KINDS } from '../../model/types';
import { type BoxStyle, CAPTION_STYLE, EDGE_STYLES, type EdgeRole, KIND_STYLES, type LineStyle, SIZES, type TextStyle } from '../../render/style';

/** The figure's visual language as named TikZ styles (`warrant thesis`, `warrant support`, …) that authors can restyle. */

const pt = (v: number): string => `${Math.round(v * 100) / 100}bp`;

/** An xcolor expression for #rrggbb. */
export function tikzColor(hex: string): string {
  const v = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16));
  return `{rgb,255:red,${r};green,${g};blue,${b}}`;
}

const dash = (d: readonly number[]): string => (d.length ? `dash pattern=${d.map((v, i) => `${i % 2 ? 'off' : 'on'} ${pt(v)}`).join(' ')}` : 'solid');

export function font(t: TextStyle): string {
  const shape = `${t.bold ? '\\bfseries' : ''}${t.italic ? '\\itshape' : ''}`;
  return `\\sffamily${shape}\\fontsize{${t.size}}{${SIZES.lineHeight}}\\selectfont`;
}

function boxStyle(b: BoxStyle, t: TextStyle): string {
  const corners = b.radius > 0 ? `rounded corners=${pt(b.radius)}` : 'sharp corners';
  return `draw=${tikzColor(b.stroke)}, fill=${tikzColor(b.fill)}, line width=${pt(b.strokeWidth)}, ${dash(b.dash)}, ${corners}, text=${tikzColor(t.color)}, font=${font(t)}`;
}

function lineStyle(l: LineStyle): string {
  return `draw=${tikzColor(l.stroke)}, line width=${pt(l.width)}, ${dash(l.dash)}, line cap=${l.cap}, rounded corners=14bp`;
}

const HEADS: Record<EdgeRole, string> = {
  support: `-{Triangle[length=${pt(SIZES.headLength)}, width=${pt(SIZES.headWidth)}]}`,
  attack: `-{Bar[width=${pt(SIZES.barWidth)}, line width=${pt(SIZES.barThickness)}, line cap=butt]}`,
  undercut: `-{Bar[width=${pt(SIZES.barWidth)}, line width=${pt(SIZES.barThickness)}, line cap=butt]}`,
};

/** The kind/tags line at the top of a statement box, as a command authors can \renewcommand. */
export function tikzCaptionCommand(): string {
  const rgb = [1, 3, 5].map((i) => parseInt(CAPTION_STYLE.color.slice(i, i + 2), 16)).join(',');
  return `\\providecommand{\\warrantcaption}[1]{{${font(CAPTION_STYLE)}\\color[RGB]{${rgb}}#1}}`;
}

/** The \tikzset block defining every style the picture uses. */
export function tikzStyles(): string {
  const inner = `inner xsep=${pt(SIZES.padX)}, inner ysep=${pt(4)}, text width=${pt(SIZES.nodeWidth - 2 * SIZES.padX)}, align=center`;
  const lines = [
    `warrant statement/.style={rectangle, ${inner}, minimum width=${pt(SIZES.nodeWidth)}, outer sep=0pt}`,
    ...STATEMENT_KINDS.map((k) => `warrant ${k}/.style={warrant statement, ${boxStyle(KIND_STYLES[k].box, KIND_STYLES[k].text)}}`),
    `warrant junction/.style={circle, fill=${tikzColor('#1a1a1a')}, draw=none, inner sep=0pt, minimum size=${pt(2 * SIZES.junctionRadius)}, outer sep=0pt}`,
    ...(['support', 'attack', 'undercut'] as const).map((r) => `warrant ${r}/.style={${lineStyle(EDGE_STYLES[r].line)}, ${HEADS[r]}, shorten >=1.5pt}`),
    `warrant leg/.style={arrows=-, shorten >=0pt}`,
    `warrant legend/.style={draw={rgb,255:red,153;green,153;blue,153}, line width=0.6pt, rounded corners=2pt, fill=white}`,
    `warrant legend label/.style={anchor=base west, inner sep=0pt, font=\\sffamily\\fontsize{${SIZES.legendSize}}{${SIZES.legendSize + 2}}\\selectfont}`,
  ];
  return `\\tikzset{\n  ${lines.join(',\n  ')},\n}`;
}

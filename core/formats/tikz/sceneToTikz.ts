import type { Point, Scene, SceneEdge, SceneNode } from '../../render/scene';
import { FIGURE_FONT, SIZES } from '../../render/style';
import { escapeLatex } from './escapeLatex';
import { tikzCaptionCommand, tikzStyles } from './tikzStyles';

const n = (v: number): string => String(Math.round(v * 100) / 100);
const at = (p: Point): string => `(${n(p.x)},${n(p.y)})`;
const PAGE_MARGIN = 6;
/** The CJK font LuaLaTeX falls back to for glyphs DejaVu Sans lacks (Debian's fonts-droid-fallback). */
const FALLBACK = 'Droid Sans Fallback';

function nodeTikz(nd: SceneNode, name: string): string {
  const caption = nd.caption ? [`\\warrantcaption{${escapeLatex(nd.caption.text)}}`] : [];
  const body = [...caption, ...nd.lines.map((l) => escapeLatex(l.text))].join('\\\\\n    ');
  const centre = { x: nd.x + nd.width / 2, y: nd.y + nd.height / 2 };
  const width = nd.width === SIZES.nodeWidth ? '' : `, minimum width=${n(nd.width)}bp, text width=${n(nd.width - 2 * SIZES.padX)}bp`;
  return `\\node[warrant ${nd.kind}, minimum height=${n(nd.height)}bp${width}] (${name}) at ${at(centre)} {%\n    ${body}};`;
}

/** The picture's body: nodes by name, edges between names (TikZ cuts them at the borders). */
function pictureBody(scene: Scene): string[] {
  const names = new Map<string, string>();
  scene.nodes.forEach((nd, i) => names.set(nd.id, `s${i + 1}`));
  scene.junctions.forEach((j, i) => names.set(j.key, `j${i + 1}`));
  const out = [`\\useasboundingbox (0,0) rectangle ${at({ x: scene.width, y: scene.height })};`];
  out.push(...scene.nodes.map((nd) => `% ${nd.id}\n${nodeTikz(nd, names.get(nd.id)!)}`));
  out.push(...scene.junctions.map((j) => `\\node[warrant junction] (${names.get(j.key)}) at ${at({ x: j.cx, y: j.cy })} {}; % ${j.inference}`));
  // Ends are node names, so TikZ cuts the line at its (LaTeX-measured) borders, except where
  // the route leaves or enters a box straight across its layer: there the port is kept.
  const straight = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01;
  const edge = (e: SceneEdge): string => {
    const pts = [...e.points.slice(0, -1), e.tip];
    const last = pts.length - 1;
    const start = last > 1 && straight(pts[0], pts[1]) ? at(pts[0]) : `(${names.get(e.from)})`;
    const end = last > 1 && straight(pts[last - 1], pts[last]) ? at(pts[last]) : `(${names.get(e.to)})`;
    const via = pts.slice(1, -1).map((p) => ` -- ${at(p)}`).join('');
    return `\\draw[warrant ${e.role}${e.head ? '' : ', warrant leg'}] ${start}${via} -- ${end};`;
  };
  out.push(...scene.edges.map(edge));
  const legend = scene.legend;
  if (legend) {
    out.push(`\\draw[warrant legend] ${at(legend)} rectangle ${at({ x: legend.x + legend.width, y: legend.y + legend.height })};`);
    for (const e of legend.edges) {
      out.push(`\\draw[warrant ${e.role}${e.head ? ', shorten >=0pt' : ', warrant leg'}] ${at(e.points[0])} -- ${at(e.tip)};`);
    }
    out.push(...legend.junctions.map((j) => `\\node[warrant junction] at ${at({ x: j.cx, y: j.cy })} {};`));
    out.push(...legend.texts.map((t) => `\\node[warrant legend label] at ${at(t)} {${escapeLatex(t.text)}};`));
  }
  return out;
}

/** The bare figure: styles and tikzpicture, for `\input` into a paper that loads tikz and arrows.meta. */
export function sceneToTikzPicture(scene: Scene): string {
  return [
    `% Styles: restyle the figure by editing these (or \\tikzset them again before this point).`,
    tikzStyles(),
    tikzCaptionCommand(),
    scene.scale === 1 ? `\\begin{tikzpicture}[x=1bp, y=-1bp]` : `\\begin{tikzpicture}[x=1bp, y=-1bp, scale=${n(scene.scale)}, every node/.append style={transform shape}]`,
    ...pictureBody(scene),
    `\\end{tikzpicture}`,
  ].join('\n');
}

/** A standalone LaTeX document whose page is the size of the figure. */
export function sceneToTikz(scene: Scene): string {
  const w = Math.ceil(Math.ceil(scene.width) * scene.scale) + 2 * PAGE_MARGIN;
  const h = Math.ceil(Math.ceil(scene.height) * scene.scale) + 2 * PAGE_MARGIN;
  return [
    `% ${escapeLatex(scene.title)} -- argument map exported by Warrant.`,
    `% Compile with lualatex: it sets every script (Latin, Cyrillic, Greek, CJK) in vector fonts,`,
    `% DejaVu Sans with Droid Sans Fallback for CJK when installed (Debian: fonts-dejavu, fonts-droid-fallback).`,
    `% pdflatex works for Latin-only text. To put the figure into a paper, \\input the lines between the`,
    `% BEGIN/END tikzpicture markers; the paper needs \\usepackage{tikz} and \\usetikzlibrary{arrows.meta}.`,
    `\\documentclass{article}`,
    `\\usepackage[paperwidth=${w}bp, paperheight=${h}bp, margin=${PAGE_MARGIN}bp]{geometry}`,
    `\\usepackage{iftex}`,
    `\\ifPDFTeX`,
    `  \\usepackage[T1]{fontenc}`,
    `  \\usepackage{lmodern}`,
    `\\else`,
    `  \\usepackage{fontspec}`,
    `  \\IfFontExistsTF{${FIGURE_FONT}}{\\IfFontExistsTF{${FALLBACK}}{%`,
    `    \\directlua{luaotfload.add_fallback("warrantcjk", {"${FALLBACK}:mode=node;"})}%`,
    `    \\setsansfont{${FIGURE_FONT}}[RawFeature={fallback=warrantcjk}]}{\\setsansfont{${FIGURE_FONT}}}}{}`,
    `\\fi`,
    `\\usepackage{tikz}`,
    `\\usetikzlibrary{arrows.meta}`,
    `\\pagestyle{empty}`,
    `\\setlength{\\parindent}{0pt}`,
    `\\begin{document}`,
    `\\vspace*{-\\topskip}\\vspace*{-1pt}%`,
    `% BEGIN tikzpicture`,
    sceneToTikzPicture(scene),
    `% END tikzpicture`,
    `\\end{document}`,
    '',
  ].join('\n');
}

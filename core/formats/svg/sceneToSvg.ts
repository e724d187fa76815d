import { roundedPath } from '../../render/geometry';
import type { Point, Scene, SceneEdge, SceneJunction, SceneNode, SceneText } from '../../render/scene';
import { type BoxStyle, FONT_FAMILY, INK, type LineStyle, type TextStyle } from '../../render/style';
import { escapeXml } from './escapeXml';

/** A number with at most two decimals, as SVG wants it. */
const n = (v: number): string => String(Math.round(v * 100) / 100);
const attr = (name: string, value: string | number): string => ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`;
const dash = (d: readonly number[]): string => (d.length ? attr('stroke-dasharray', d.map(n).join(' ')) : '');

function boxShape(x: number, y: number, w: number, h: number, s: BoxStyle): string {
  return `<rect${attr('x', x)}${attr('y', y)}${attr('width', w)}${attr('height', h)}${attr('rx', s.radius)}${attr('fill', s.fill)}${attr('stroke', s.stroke)}${attr('stroke-width', s.strokeWidth)}${dash(s.dash)}/>`;
}

const font = (s: TextStyle): string =>
  `${attr('font-size', s.size)}${s.bold ? attr('font-weight', 'bold') : ''}${s.italic ? attr('font-style', 'italic') : ''}${attr('fill', s.color)}`;

function text(t: SceneText): string {
  return `<text${attr('x', t.x)}${attr('y', t.y)}${attr('text-anchor', t.anchor)}${font(t.style)}>${escapeXml(t.text)}</text>`;
}

function node(nd: SceneNode): string {
  const caption = nd.caption ? `\n    ${text(nd.caption)}` : '';
  // One <text> per statement with a <tspan> per line, so editors keep it a paragraph.
  const spans = nd.lines.map((l) => `<tspan${attr('x', l.x)}${attr('y', l.y)}>${escapeXml(l.text)}</tspan>`).join('');
  return `  <g${attr('class', `statement ${nd.kind}`)}${attr('data-id', nd.id)}>
    ${boxShape(nd.x, nd.y, nd.width, nd.height, nd.box)}${caption}
    <text text-anchor="middle"${font(nd.lines[0].style)}>${spans}</text>
  </g>`;
}

const lineAttrs = (l: LineStyle): string =>
  `${attr('fill', 'none')}${attr('stroke', l.stroke)}${attr('stroke-width', l.width)}${dash(l.dash)}${l.cap === 'round' ? attr('stroke-linecap', 'round') : ''}`;

function edge(e: SceneEdge): string {
  const pt = (p: Point): string => `${n(p.x)} ${n(p.y)}`;
  const d = roundedPath(e.points)
    .map((c) => (c.op === 'C' ? `C${pt(c.c1)} ${pt(c.c2)} ${pt(c.to)}` : `${c.op}${pt(c.to)}`))
    .join(' ');
  const head = e.headShape ? `<polygon${attr('points', e.headShape.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' '))}${attr('fill', e.headShape.fill)}/>` : '';
  return `  <g${attr('class', `edge ${e.role}`)}${attr('data-inference', e.inference)}><path${attr('d', d)}${lineAttrs(e.line)}/>${head}</g>`;
}

const junction = (j: SceneJunction): string =>
  `  <circle${attr('class', 'junction')}${attr('data-inference', j.inference)}${attr('cx', j.cx)}${attr('cy', j.cy)}${attr('r', j.r)}${attr('fill', INK)}/>`;

/**
 * Serialises a scene as a self-contained SVG 1.1 document (presentation attributes, no external
 * references). `fontCss`, when given, is a style sheet of @font-face rules carrying the font.
 */
export function sceneToSvg(scene: Scene, fontCss?: string): string {
  const { width, height, legend } = scene;
  // A figure composed for print says its printed size in pt; the drawing keeps figure units.
  const size = (v: number): string | number => (scene.scale === 1 ? Math.ceil(v) : `${n(Math.ceil(v) * scene.scale)}pt`);
  const legendPart = legend
    ? [
        `  <g class="legend">`,
        `  ${boxShape(legend.x, legend.y, legend.width, legend.height, legend.frame)}`,
        ...legend.edges.map(edge),
        ...legend.junctions.map(junction),
        ...legend.texts.map((t) => `  ${text(t)}`),
        `  </g>`,
      ]
    : [];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr('width', size(width))}${attr('height', size(height))}${attr('viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`)}${attr('font-family', FONT_FAMILY)}>`,
    `  <title>${escapeXml(scene.title)}</title>`,
    `  <desc>Argument map exported by Warrant</desc>`,
    ...(fontCss ? [`  <defs><style type="text/css"><![CDATA[\n${fontCss}\n]]></style></defs>`] : []),
    ...scene.edges.map(edge),
    ...scene.junctions.map(junction),
    ...scene.nodes.map(node),
    ...legendPart,
    `</svg>`,
    '',
  ].join('\n');
}

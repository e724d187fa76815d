import { getDirectPremises, getRelations } from '../model/relations';
import type { ArgumentMap, LayoutDirection } from '../model/types';
import { getMapSubset } from '../ops/subset';
import { buildScene } from '../render/buildScene';
import type { Scene } from '../render/scene';
import { SIZES } from '../render/style';
import { MIN_LEGIBLE_PT, type FigureOptions } from './options';
import { collapseBranches, getBranch, selectFigureMap } from './select';

/**
 * Lays a map out for a printed target. Statement text is 12 figure units, so a figure whose
 * text prints at `fontSize` pt is drawn at scale fontSize / 12 and may be target.width / scale
 * units wide. Each direction allowed is tried (top-down with wide layers wrapped into rows);
 * the first that fits wins. When none fits, the map splits by branch: part (a) is the top
 * statement with its direct premises, each premise's branch a stub "continued in (b)", and
 * the branches follow as parts (b), (c)… packed while they fit. Worked example: the seeded map
 * (68 statements) at column width and 8 pt splits into a part for the thesis and one per branch.
 */

export interface FigurePart {
  /** '' for a single figure, else 'a', 'b', … */
  readonly label: string;
  readonly scene: Scene;
  /** Printed size in pt. */
  readonly width: number;
  readonly height: number;
  readonly fits: boolean;
}

export interface Composition {
  readonly parts: readonly FigurePart[];
  /** Smallest text anywhere in the figure, as printed (pt). */
  readonly smallestText: number;
  readonly warnings: readonly string[];
}

const BODY_SIZE = 12;
const letter = (i: number): string => String.fromCharCode(97 + i);
const round = (v: number): number => Math.round(v * 10) / 10;

interface Layouter {
  readonly scale: number;
  scene(map: ArgumentMap, title?: string): { scene: Scene; fits: boolean };
}

function createLayouter(o: FigureOptions, legend: boolean, preferred: LayoutDirection): Layouter {
  const scale = o.fontSize / BODY_SIZE;
  const maxWidth = o.target.width / scale;
  const maxHeight = o.target.height / scale;
  const cardWidth = Math.max(60, Math.min(o.maxCardWidth ? o.maxCardWidth / scale : SIZES.nodeWidth, maxWidth - 40));
  const directions: LayoutDirection[] = o.direction === 'auto' ? [preferred, preferred === 'TB' ? 'LR' : 'TB'] : [o.direction];
  return {
    scale,
    scene(map, title) {
      const tries = directions.map((direction) => {
        const scene = buildScene({ ...map, title: title ?? map.title }, { legend, direction, cardWidth, maxWidth, scale });
        return { scene, over: Math.max(scene.width / maxWidth, scene.height / maxHeight) };
      });
      // A column or a page is a hard width; a figure too tall is told (a warning), one too wide would run off the page.
      const narrowEnough = tries.filter((t) => t.scene.width <= maxWidth * 1.001);
      const least = (list: typeof tries) => list.reduce((a, b) => (b.over < a.over ? b : a));
      const best = tries.find((t) => t.over <= 1.001) ?? (narrowEnough.length ? least(narrowEnough) : least(tries));
      return { scene: best.scene, fits: best.over <= 1.001 };
    },
  };
}

/** The statement the figure hangs from: the one with the largest branch among those that bear on nothing. */
function topStatement(map: ArgumentMap): string | undefined {
  const relations = getRelations(map);
  const tops = map.statements.filter((s) => relations.outOf(s.id).length === 0);
  return tops.map((s) => ({ id: s.id, size: getBranch(map, s.id).size })).sort((a, b) => b.size - a.size)[0]?.id;
}

interface Split {
  readonly map: ArgumentMap;
  readonly label: string;
  /** The top statement with its direct premises and stubs: splitting it again gains nothing. */
  readonly head?: boolean;
}

/** Splits by branch: the head keeps `label`, each group of branches (and the rest) takes the next free letter. */
function splitByBranch(map: ArgumentMap, lay: Layouter, label: string, next: () => string): Split[] | null {
  const top = topStatement(map);
  if (!top) return null;
  const direct = [...new Set(getDirectPremises(getRelations(map), top))];
  const children = direct.filter((c) => getBranch(map, c).size > 1);
  if (children.length === 0) return null;
  // Pack branches into parts in order while each part still fits.
  const groups: string[][] = [];
  for (const c of children) {
    const last = groups[groups.length - 1];
    const ids = (g: string[]) => new Set(g.flatMap((x) => [...getBranch(map, x)]));
    if (last && lay.scene(getMapSubset(map, ids([...last, c]))).fits) last.push(c);
    else groups.push([c]);
  }
  // Statements outside the top statement's branch (other theses, stray notes) get a part of their own.
  const covered = getBranch(map, top);
  const rest = map.statements.filter((s) => !covered.has(s.id)).map((s) => s.id);
  const labels = groups.map(() => next());
  const partOf = new Map(groups.flatMap((g, i) => g.map((c) => [c, labels[i]] as const)));
  const head = collapseBranches(map, children, (_n, id) => `continued in (${partOf.get(id)})`);
  const shown = new Set([top, ...direct, ...head.statements.filter((s) => s.id.startsWith('more:')).map((s) => s.id)]);
  return [
    { map: getMapSubset(head, shown), label, head: true },
    ...groups.map((g, i) => ({ map: getMapSubset(map, new Set(g.flatMap((c) => [...getBranch(map, c)]))), label: labels[i] })),
    ...(rest.length ? [{ map: getMapSubset(map, new Set(rest)), label: next() }] : []),
  ];
}

/** Most sub-figures a split makes: one letter each, a to z. */
const MAX_PARTS = 26;

/**
 * Parts for a map that does not fit: split by branch, then each part that still does not fit
 * split again by its own sub-branches (its stubs point on to the new parts), while that helps.
 */
function splitUntilFits(map: ArgumentMap, lay: Layouter): Split[] | null {
  let used = 0;
  const next = () => letter(used++);
  const first = splitByBranch(map, lay, next(), next);
  if (!first) return null;
  const done: Split[] = [];
  const todo = [...first];
  while (todo.length) {
    const part = todo.shift()!;
    const fits = lay.scene(part.map).fits;
    const before = used;
    const again = fits || part.head || used >= MAX_PARTS - 1 ? null : splitByBranch(part.map, lay, part.label, next);
    if (again && used <= MAX_PARTS) todo.unshift(...again);
    else {
      used = again ? before : used; // a re-split that would run past z is undone, its letters handed out again
      done.push(part);
    }
  }
  return done.sort((a, b) => a.label.localeCompare(b.label));
}

function smallestIn(scene: Scene): number {
  const sizes = scene.nodes.flatMap((n) => [...n.lines.map((l) => l.style.size), ...(n.caption ? [n.caption.style.size] : [])]);
  if (scene.legend) sizes.push(...scene.legend.texts.map((t) => t.style.size));
  return sizes.length ? Math.min(...sizes) * scene.scale : Infinity;
}

/** The figure (or its sub-figures) for the options, with warnings for the person exporting. */
export function composeFigure(source: ArgumentMap, o: FigureOptions, legend = false): Composition {
  const map = selectFigureMap(source, o);
  const lay = createLayouter(o, legend, source.direction);
  const whole = lay.scene(map);
  let parts: FigurePart[];
  if (whole.fits) parts = [{ label: '', ...size(whole.scene), fits: true }];
  else {
    const split = splitUntilFits(map, lay);
    parts = split
      ? split.map((p) => {
          const r = lay.scene(p.map, `${map.title} (${p.label})`);
          return { label: p.label, ...size(r.scene), fits: r.fits };
        })
      : [{ label: '', ...size(whole.scene), fits: false }];
  }
  const warnings: string[] = [];
  const t = o.target;
  for (const p of parts.filter((x) => !x.fits)) {
    const fit = Math.floor(o.fontSize * Math.min(t.width / p.width, t.height / p.height) * 10) / 10;
    warnings.push(
      `${p.label ? `Part (${p.label})` : 'The figure'} prints ${round(p.width)} × ${round(p.height)} pt with ${o.fontSize} pt text, larger than the ${t.name} target (${round(t.width)} × ${round(t.height)} pt): it fits with ${fit} pt text, or choose a branch, collapse some, or a larger target.`,
    );
  }
  const smallestText = Math.min(...parts.map((p) => smallestIn(p.scene)));
  if (smallestText < MIN_LEGIBLE_PT) warnings.push(`The smallest text prints at ${round(smallestText)} pt, under ${MIN_LEGIBLE_PT} pt: it will be hard to read. Raise the font size.`);
  return { parts, smallestText, warnings };
}

function size(scene: Scene): { scene: Scene; width: number; height: number } {
  return { scene, width: Math.ceil(scene.width) * scene.scale, height: Math.ceil(scene.height) * scene.scale };
}

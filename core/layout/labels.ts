import { getRelations } from '../model/relations';
import type { ArgumentMap, StatementId } from '../model/types';
import type { Box } from './box';

/**
 * Semantic zoom, like place names on a map: zoomed far out, each card shows a short label in
 * large type instead of its text, and where labels would collide the more important card
 * keeps its label (the thesis first, then its reasons and objections, and so on down).
 *
 * Worked example: "For now, keeping to a defensive posture is probably the most prudent
 * option." → "Keeping to a defensive…" (a short lead-in before a comma is dropped,
 * then whole words up to LABEL_CHARS).
 */

export const LABEL_CHARS = 24;

/** A short label for a statement's text: its first words, at most about LABEL_CHARS characters. */
export function getShortLabel(text: string, max = LABEL_CHARS): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const lead = /^([^,]{1,14}),\s+(.{12,})$/.exec(t);
  if (lead) t = lead[2][0].toUpperCase() + lead[2].slice(1);
  if (t.length <= max) return t;
  const words = t.split(' ');
  let out = words[0].slice(0, max);
  for (const w of words.slice(1)) {
    if (out.length + 1 + w.length > max) break;
    out += ` ${w}`;
  }
  return `${out.replace(/[,;:.]$/, '')}…`;
}

/** How many inference steps each statement lies below a thesis (theses 0); unreachable ones last. */
export function getLabelRanks(map: Pick<ArgumentMap, 'statements' | 'inferences'>): Map<string, number> {
  const relations = getRelations(map);
  const rank = new Map<string, number>();
  let frontier = map.statements.filter((s) => s.kind === 'thesis').map((s) => s.id);
  frontier.forEach((id) => rank.set(id, 0));
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: StatementId[] = [];
    for (const id of frontier) {
      for (const p of relations.into(id).flatMap((i) => i.premises)) {
        if (rank.has(p)) continue;
        rank.set(p, depth);
        next.push(p);
      }
    }
    frontier = next;
  }
  for (const s of map.statements) if (!rank.has(s.id)) rank.set(s.id, Number.MAX_SAFE_INTEGER);
  return rank;
}

export interface LabelCandidate {
  readonly id: string;
  /** The label's rectangle on screen (or in any one unit for all candidates). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Lower goes first. */
  readonly rank: number;
}

/** Characters per line of a label: a label wraps onto two lines, so it is about half as wide. */
export const LABEL_LINE_CHARS = 13;

/**
 * A short label broken into at most two lines of about LABEL_LINE_CHARS, at spaces.
 * Worked example: "Keeping to a defensive…" → ["Keeping to a", "defensive…"].
 */
export function getLabelLines(label: string, perLine = LABEL_LINE_CHARS): string[] {
  if (label.length <= perLine) return [label];
  const words = label.split(' ');
  let first = words[0];
  let k = 1;
  while (k < words.length && first.length + 1 + words[k].length <= perLine) first += ` ${words[k++]}`;
  return k < words.length ? [first, words.slice(k).join(' ')] : [first];
}

export interface Spot {
  /** Offset of the label's centre from the card's centre (same unit as the boxes). */
  readonly dx: number;
  readonly dy: number;
  /** Off the card's own row: such a spot must not lie on another card, or the label would seem to name that one. */
  readonly off: boolean;
}

/**
 * Where a label may sit, in order of preference, like a place name beside its town: centred
 * on its card; then starting or ending at the card's centre; then just above or below the
 * card (centred, starting, ending). `gap` is the room left between card and label.
 */
export function getLabelSpots(card: { width: number; height: number }, label: { width: number; height: number }, gap = 2): Spot[] {
  const spots: Spot[] = [];
  const above = card.height / 2 + label.height / 2 + gap;
  for (const dy of [0, -above, above]) {
    for (const dx of [0, label.width / 2, -label.width / 2]) spots.push({ dx, dy, off: dy !== 0 });
  }
  return spots;
}

export interface PlacedLabel extends LabelCandidate {
  readonly spot: Spot;
}

/**
 * Places labels: by rank (then reading order), each card's label at the first of its spots
 * that lies inside `within` (the visible canvas, when given) and collides with no label placed
 * before it (and, for spots off the card's row, with no other card). Cards whose label fits
 * nowhere get none.
 */
export function placeLabels(
  labels: readonly { readonly label: LabelCandidate; readonly card: Box; readonly spots: readonly Spot[] }[],
  margin = 4,
  within?: Box,
): Map<string, PlacedLabel> {
  const inside = (b: Box) => !within || (b.x >= within.x && b.y >= within.y && b.x + b.width <= within.x + within.width && b.y + b.height <= within.y + within.height);
  const cards = createBoxGrid<Box & { id: string }>();
  for (const { label, card } of labels) cards.add({ ...card, id: label.id }, 0);
  const placed = createBoxGrid<PlacedLabel>();
  const out = new Map<string, PlacedLabel>();
  const order = [...labels].sort((a, b) => a.label.rank - b.label.rank || a.label.y - b.label.y || a.label.x - b.label.x);
  for (const { label, spots } of order) {
    for (const spot of spots) {
      const c: PlacedLabel = { ...label, x: label.x + spot.dx, y: label.y + spot.dy, spot };
      if (!inside(c) || placed.hits(c, margin)) continue;
      if (spot.off && cards.hits(c, 0, (o) => o.id !== c.id)) continue;
      placed.add(c, margin);
      out.set(c.id, c);
      break;
    }
  }
  return out;
}

/** The labels to show, each centred on its card: by rank (then reading order), each only where it collides with none shown. */
export function chooseLabels(candidates: readonly LabelCandidate[], margin = 4): Set<string> {
  const centred: Spot[] = [{ dx: 0, dy: 0, off: false }];
  return new Set(placeLabels(candidates.map((label) => ({ label, card: label, spots: centred })), margin).keys());
}

interface BoxGrid<T extends Box> {
  add(b: T, margin: number): void;
  hits(b: Box, margin: number, counts?: (other: T) => boolean): boolean;
}

/** Boxes in a coarse grid, so a collision test looks at near boxes only (near-linear on big maps). */
function createBoxGrid<T extends Box>(cell = 200): BoxGrid<T> {
  const cells = new Map<string, T[]>();
  const keys = (b: Box, margin: number) => {
    const out: string[] = [];
    for (let gx = Math.floor((b.x - margin) / cell); gx <= Math.floor((b.x + b.width + margin) / cell); gx++) {
      for (let gy = Math.floor((b.y - margin) / cell); gy <= Math.floor((b.y + b.height + margin) / cell); gy++) out.push(`${gx},${gy}`);
    }
    return out;
  };
  return {
    add(b, margin) {
      for (const k of keys(b, margin)) cells.set(k, [...(cells.get(k) ?? []), b]);
    },
    hits(b, margin, counts = () => true) {
      const hit = (o: T) => b.x - margin < o.x + o.width && o.x - margin < b.x + b.width && b.y - margin < o.y + o.height && o.y - margin < b.y + b.height;
      return keys(b, margin).some((k) => cells.get(k)?.some((o) => hit(o) && counts(o)));
    },
  };
}
